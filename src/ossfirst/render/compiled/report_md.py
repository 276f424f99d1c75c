# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
# Generated from render/templates/report.md.j2 by scripts/compile_templates.py; do not edit.
# ruff: noqa
# type: ignore
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_namespace = resolve('namespace')
    l_0_w = resolve('w')
    l_0_lang = resolve('lang')
    l_0_aw = resolve('aw')
    l_0_fw = resolve('fw')
    l_0_first = resolve('first')
    l_0_sens = resolve('sens')
    l_0_command = resolve('command')
    l_0_req = l_0_v = l_0_m = l_0_n = l_0_section = l_0_origin = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_3 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_4 = environment.filters['mdblock']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'mdblock' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_req = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'request')
    context.vars['req'] = l_0_req
    context.exported_vars.add('req')
    l_0_v = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'verdict')
    context.vars['v'] = l_0_v
    context.exported_vars.add('v')
    l_0_m = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'method')
    context.vars['m'] = l_0_m
    context.exported_vars.add('m')
    l_0_n = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), section=0)
    context.vars['n'] = l_0_n
    context.exported_vars.add('n')
    def macro(l_1_key):
        t_6 = []
        if l_1_key is missing:
            l_1_key = undefined("parameter 'key' was not provided", name='key')
        pass
        if not isinstance(l_0_n, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_n['section'] = (environment.getattr((undefined(name='n') if l_0_n is missing else l_0_n), 'section') + 1)
        t_6.extend((
            '## ',
            str(environment.getattr((undefined(name='n') if l_0_n is missing else l_0_n), 'section')),
            '. ',
            str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), l_1_key)),
        ))
        return concat(t_6)
    context.exported_vars.add('section')
    context.vars['section'] = l_0_section = Macro(environment, macro, 'section', ('key',), False, False, False, context.eval_ctx.autoescape)
    yield '# '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'doc.title'))
    yield ': '
    yield str(t_3(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'title')))
    yield '\n\n'
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'doc.subtitle'))
    yield '\n\n| | |\n|---|---|\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.request'))
    yield ' | '
    yield str(t_3(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'id')))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.organisation'))
    yield ' | '
    yield str(t_3(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'organisation')))
    yield ' |\n'
    if environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'department'):
        pass
        yield '| '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.department'))
        yield ' | '
        yield str(t_3(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'department')))
        yield ' |\n'
    if environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'contact'):
        pass
        yield '| '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.contact'))
        yield ' | '
        yield str(t_3(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'contact')))
        yield ' |\n'
    yield '| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.date'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'date')))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.catalogue'))
    yield ' | '
    yield str(t_3(context.call(environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang))))
    yield ' ('
    yield str(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'id')))
    yield ' '
    yield str(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'version')))
    yield ') |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.profile'))
    yield ' | '
    yield str(t_3(context.call(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'profile_title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang))))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.proposed'))
    yield ' | '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'proposed'))))
    yield ' |\n\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.summary'))
    yield '\n\n**'
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.recommendation'))
    yield ':** '
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'recommended'):
        pass
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'recommended'))))
        yield ' ('
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('category.', environment.getattr(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'recommended')), 'category'), ))))
        yield ', '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.points', total=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'recommended')), 'total'))))
        yield ')'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.no_recommendation'))
    yield '\n\n**'
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.verdict'))
    yield ':** '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('status.', environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'status'), ))))
    yield ' **'
    yield str((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.policy_holds') if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'policy_holds') else context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.policy_violated')))
    yield '**\n\n'
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.reasons'))
    yield ':\n\n'
    for l_1_reason in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'reasons'):
        _loop_vars = {}
        pass
        yield '- '
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'message'), l_1_reason, _loop_vars=_loop_vars)))
        yield '\n'
    l_1_reason = missing
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sensitivity'):
        pass
        yield '\n**'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.robustness'))
        yield ':** '
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'robustness'))))
        yield '\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'justification'):
        pass
        yield '\n**'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.justification'))
        yield ':**\n\n'
        for l_1_line in context.call(environment.getattr(t_4(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'justification')), 'split'), '\n'):
            _loop_vars = {}
            pass
            yield '> '
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'why_no_oss') or (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'recommended') and (environment.getattr(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'recommended')), 'category') == 'proprietary'))):
        pass
        yield '\n'
        yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.why_no_oss'))
        yield '\n\n'
        if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'why_no_oss'):
            pass
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'why.intro', name=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'why_no_oss'), 0), 'compared_with')))))
            yield '\n\n| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.category'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.total'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.status'))
            yield ' |\n|---|---|--:|---|\n'
            for l_1_s in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'why_no_oss'):
                _loop_vars = {}
                pass
                yield '| '
                yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_s, 'alternative'), _loop_vars=_loop_vars)))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('category.', environment.getattr(l_1_s, 'category'), )), _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_s, 'total'), _loop_vars=_loop_vars))
                yield ' | '
                if environment.getattr(l_1_s, 'excluded'):
                    pass
                    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'why.excluded', reasons=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'knockouts'), environment.getattr(l_1_s, 'knockouts'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
                elif (((not t_5(environment.getattr(l_1_s, 'lead_percent'))) and environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'award')) and (environment.getattr(l_1_s, 'lead_percent') >= 0)):
                    pass
                    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'why.behind_ratio', lead=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_s, 'lead_percent'), _loop_vars=_loop_vars), name=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_s, 'compared_with'), _loop_vars=_loop_vars), margin=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'award'), 'margin_percent'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
                elif (not t_5(environment.getattr(l_1_s, 'lead_percent'))):
                    pass
                    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'why.ahead_ratio', lead=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), (-environment.getattr(l_1_s, 'lead_percent')), _loop_vars=_loop_vars), name=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_s, 'compared_with'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
                elif ((not t_5(environment.getattr(l_1_s, 'lead'))) and (environment.getattr(l_1_s, 'lead') >= 0)):
                    pass
                    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'why.behind', lead=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_s, 'lead'), _loop_vars=_loop_vars), name=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_s, 'compared_with'), _loop_vars=_loop_vars), margin=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_s, 'margin'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
                else:
                    pass
                    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'why.ahead', lead=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), (-environment.getattr(l_1_s, 'lead')), _loop_vars=_loop_vars), name=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_s, 'compared_with'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
                yield ' |\n'
            l_1_s = missing
            yield '\n'
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'why.gaps', name=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'why_no_oss'), 0), 'compared_with')))))
            yield ':\n\n| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
            yield ' |'
            for l_1_d in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'dimensions'):
                _loop_vars = {}
                pass
                yield ' '
                yield str(t_3(context.call(environment.getattr(environment.getattr(l_1_d, 'title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang), _loop_vars=_loop_vars)))
                yield ' |'
            l_1_d = missing
            yield '\n|---|'
            for l_1_d in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'dimensions'):
                _loop_vars = {}
                pass
                yield '--:|'
            l_1_d = missing
            yield '\n'
            for l_1_s in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'why_no_oss'):
                _loop_vars = {}
                pass
                yield '| '
                yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_s, 'alternative'), _loop_vars=_loop_vars)))
                yield ' |'
                for l_2_d in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'dimensions'):
                    _loop_vars = {}
                    pass
                    yield ' '
                    if (not t_5(context.call(environment.getattr(environment.getattr(l_1_s, 'dimension_gaps'), 'get'), environment.getattr(l_2_d, 'id'), _loop_vars=_loop_vars))):
                        pass
                        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getitem(environment.getattr(l_1_s, 'dimension_gaps'), environment.getattr(l_2_d, 'id')), _loop_vars=_loop_vars))
                    else:
                        pass
                        yield '–'
                    yield ' |'
                l_2_d = missing
                yield '\n'
            l_1_s = missing
        else:
            pass
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'why.none'))
            yield '\n'
    yield '\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.need'))
    yield '\n\n'
    yield str(t_4(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'need')))
    yield '\n\n| ID | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.requirement'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.must'))
    yield ' |\n|---|---|---|\n'
    for l_1_q in environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'requirements'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_3(environment.getattr(l_1_q, 'id')))
        yield ' | '
        yield str(t_3(environment.getattr(l_1_q, 'text')))
        yield ' | '
        yield str((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'yes', _loop_vars=_loop_vars) if environment.getattr(l_1_q, 'must') else context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'no', _loop_vars=_loop_vars)))
        yield ' |\n'
    l_1_q = missing
    yield '\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.alternatives'))
    yield '\n\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.rank'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.category'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.licence'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.operation'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.jurisdiction'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.providers'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.total'))
    yield ' |\n|--:|---|---|---|---|---|--:|--:|\n'
    for l_1_aid in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ranking'):
        l_1_a = missing
        _loop_vars = {}
        pass
        l_1_a = context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), l_1_aid, _loop_vars=_loop_vars)
        _loop_vars['a'] = l_1_a
        yield '| '
        yield str(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'rank'))
        yield ' | '
        yield str(t_3(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'name')))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('category.', environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'category'), )), _loop_vars=_loop_vars))
        yield ' | '
        yield str(t_3(environment.getattr(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'licence'), 'expression')))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('deployment.', environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'deployment'), )), _loop_vars=_loop_vars))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('jurisdiction.', environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'jurisdiction'), )), _loop_vars=_loop_vars))
        yield ' ('
        yield str(t_3(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'operator_jurisdiction')))
        yield ') | '
        yield str(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'providers'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'total'), _loop_vars=_loop_vars))
        yield ' |\n'
    l_1_aid = l_1_a = missing
    def t_7(fiter):
        for l_1_a in fiter:
            if (not environment.getattr(l_1_a, 'eligible')):
                yield l_1_a
    for l_1_a in t_7(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives')):
        _loop_vars = {}
        pass
        yield '| – | '
        yield str(t_3(environment.getattr(l_1_a, 'name')))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('category.', environment.getattr(l_1_a, 'category'), )), _loop_vars=_loop_vars))
        yield ' | '
        yield str(t_3(environment.getattr(environment.getattr(l_1_a, 'licence'), 'expression')))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('deployment.', environment.getattr(l_1_a, 'deployment'), )), _loop_vars=_loop_vars))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('jurisdiction.', environment.getattr(l_1_a, 'jurisdiction'), )), _loop_vars=_loop_vars))
        yield ' ('
        yield str(t_3(environment.getattr(l_1_a, 'operator_jurisdiction')))
        yield ') | '
        yield str(environment.getattr(l_1_a, 'providers'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_a, 'total'), _loop_vars=_loop_vars))
        yield ' ('
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.excluded', _loop_vars=_loop_vars))
        yield ') |\n'
    l_1_a = missing
    def t_8(fiter):
        for l_1_a in fiter:
            if environment.getattr(l_1_a, 'description'):
                yield l_1_a
    l_1_loop = missing
    for l_1_a, l_1_loop in LoopContext(t_8(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives')), undefined):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_loop, 'first'):
            pass
            yield '\n'
        yield '- **'
        yield str(t_3(environment.getattr(l_1_a, 'name')))
        yield ':** '
        yield str(t_3(environment.getattr(l_1_a, 'description')))
        yield '\n'
    l_1_loop = l_1_a = missing
    yield '\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.knockouts'))
    yield '\n\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.requirement'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.must'))
    yield ' |'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(t_3(environment.getattr(l_1_a, 'name')))
        yield ' |'
    l_1_a = missing
    yield '\n|---|---|'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield '---|'
    l_1_a = missing
    yield '\n'
    for l_1_q in environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'requirements'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_3(environment.getattr(l_1_q, 'id')))
        yield ' '
        yield str(t_3(environment.getattr(l_1_q, 'text')))
        yield ' | '
        yield str((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'yes', _loop_vars=_loop_vars) if environment.getattr(l_1_q, 'must') else context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'no', _loop_vars=_loop_vars)))
        yield ' |'
        for l_2_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
            _loop_vars = {}
            pass
            def t_9(fiter):
                for l_3_c in fiter:
                    if (environment.getattr(l_3_c, 'requirement') == environment.getattr(l_1_q, 'id')):
                        yield l_3_c
            for l_3_c in t_9(environment.getattr(l_2_a, 'requirements')):
                _loop_vars = {}
                pass
                yield ' '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('coverage.', environment.getattr(l_3_c, 'coverage'), )), _loop_vars=_loop_vars))
                yield ' |'
            l_3_c = missing
        l_2_a = missing
        yield '\n'
    l_1_q = missing
    yield '\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.knockouts'))
    yield ' |\n|---|---|\n'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_3(environment.getattr(l_1_a, 'name')))
        yield ' | '
        if environment.getattr(l_1_a, 'knockouts'):
            pass
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'knockouts'), environment.getattr(l_1_a, 'knockouts'), _loop_vars=_loop_vars)))
        else:
            pass
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ko.none', _loop_vars=_loop_vars))
        yield ' |\n'
    l_1_a = missing
    yield '\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.dimensions'))
    yield '\n\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.dimension'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.weight'))
    yield ' |'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(t_3(environment.getattr(l_1_a, 'name')))
        yield ' |'
    l_1_a = missing
    yield '\n|---|--:|'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield '--:|'
    l_1_a = missing
    yield '\n'
    for l_1_d in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'dimensions'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_3(context.call(environment.getattr(environment.getattr(l_1_d, 'title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang), _loop_vars=_loop_vars)))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_d, 'weight'), 0, _loop_vars=_loop_vars))
        yield ' % |'
        for l_2_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
            _loop_vars = {}
            pass
            def t_10(fiter):
                for l_3_s in fiter:
                    if (environment.getattr(l_3_s, 'dimension') == environment.getattr(l_1_d, 'id')):
                        yield l_3_s
            for l_3_s in t_10(environment.getattr(l_2_a, 'dimensions')):
                _loop_vars = {}
                pass
                yield ' '
                if (not t_5(environment.getattr(l_3_s, 'score'))):
                    pass
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_3_s, 'score'), _loop_vars=_loop_vars))
                else:
                    pass
                    yield '–'
                yield ' |'
            l_3_s = missing
        l_2_a = missing
        yield '\n'
    l_1_d = missing
    yield '| **'
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.total'))
    yield '** | 100 % |'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield ' **'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_a, 'total'), _loop_vars=_loop_vars))
        yield '** |'
    l_1_a = missing
    yield '\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'award'):
        pass
        l_0_aw = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'award')
        context.vars['aw'] = l_0_aw
        context.exported_vars.add('aw')
        yield '\n'
        yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.award'))
        yield '\n\n'
        if (environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'method') == 'ufab-extended'):
            pass
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.method.ufab-extended', corridor=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'pct'), environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'corridor'), 1), tie=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('award.tie.', environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'tie_breaker'), ))))))
            yield '\n'
        elif (environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'method') == 'price-points'):
            pass
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.method.price-points', conversion=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('award.conversion.', environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'conversion'), ))), performance_share=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'performance_weight'), 2), price_share=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'price_weight'), 2))))
            yield '\n'
        else:
            pass
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('award.method.', environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'method'), )))))
            yield '\n'
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('award.basis.', environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'price_basis'), )))))
        yield ' '
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.performance', criteria=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'criteria_list'), environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'price_criteria')))))
        yield '\n'
        if (environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'method') == 'price-points'):
            pass
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.margin_points', margin=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'margin')))))
            yield '\n'
        else:
            pass
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.margin', margin=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'points'), environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'margin_percent')))))
            yield '\n'
        if (not t_5(environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'corridor_bound'))):
            pass
            yield '\n'
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.corridor', best=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'best_ratio'), 4), bound=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'corridor_bound'), 4))))
            yield '\n'
        yield '\n'
        if (environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'method') == 'price-points'):
            pass
            yield '| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.rank'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.col.performance'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.col.price'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.col.price_points'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.col.value'))
            yield ' |\n|--:|---|--:|--:|--:|--:|\n'
            for l_1_aid in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ranking'):
                l_1_a = missing
                _loop_vars = {}
                pass
                l_1_a = context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), l_1_aid, _loop_vars=_loop_vars)
                _loop_vars['a'] = l_1_a
                yield '| '
                yield str(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'rank'))
                yield ' | '
                yield str(t_3(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'name')))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'award'), 'performance'), _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'money'), environment.getattr(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'award'), 'price'), _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'award'), 'price_points'), _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'award'), 'value'), _loop_vars=_loop_vars))
                yield ' |\n'
            l_1_aid = l_1_a = missing
            def t_11(fiter):
                for l_1_a in fiter:
                    if (not environment.getattr(l_1_a, 'eligible')):
                        yield l_1_a
            for l_1_a in t_11(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives')):
                _loop_vars = {}
                pass
                yield '| – | '
                yield str(t_3(environment.getattr(l_1_a, 'name')))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(environment.getattr(l_1_a, 'award'), 'performance'), _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'money'), environment.getattr(environment.getattr(l_1_a, 'award'), 'price'), _loop_vars=_loop_vars))
                yield ' | – | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.excluded', _loop_vars=_loop_vars))
                yield ' |\n'
            l_1_a = missing
        else:
            pass
            yield '| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.rank'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.col.performance'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.col.price'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.col.ratio'))
            yield ' |'
            if (environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'method') == 'ufab-extended'):
                pass
                yield ' '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.col.corridor'))
                yield ' |'
            yield '\n|--:|---|--:|--:|--:|'
            if (environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'method') == 'ufab-extended'):
                pass
                yield '---|'
            yield '\n'
            for l_1_aid in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ranking'):
                l_1_a = missing
                _loop_vars = {}
                pass
                l_1_a = context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), l_1_aid, _loop_vars=_loop_vars)
                _loop_vars['a'] = l_1_a
                yield '| '
                yield str(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'rank'))
                yield ' | '
                yield str(t_3(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'name')))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'award'), 'performance'), _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'money'), environment.getattr(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'award'), 'price'), _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'award'), 'ratio'), 4, _loop_vars=_loop_vars))
                yield ' |'
                if (environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'method') == 'ufab-extended'):
                    pass
                    yield ' '
                    yield str((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'yes', _loop_vars=_loop_vars) if environment.getattr(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'award'), 'in_corridor') else context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'no', _loop_vars=_loop_vars)))
                    yield ' |'
                yield '\n'
            l_1_aid = l_1_a = missing
            def t_12(fiter):
                for l_1_a in fiter:
                    if (not environment.getattr(l_1_a, 'eligible')):
                        yield l_1_a
            for l_1_a in t_12(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives')):
                _loop_vars = {}
                pass
                yield '| – | '
                yield str(t_3(environment.getattr(l_1_a, 'name')))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(environment.getattr(l_1_a, 'award'), 'performance'), _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'money'), environment.getattr(environment.getattr(l_1_a, 'award'), 'price'), _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(environment.getattr(l_1_a, 'award'), 'ratio'), 4, _loop_vars=_loop_vars))
                yield ' ('
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.excluded', _loop_vars=_loop_vars))
                yield ') |'
                if (environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'method') == 'ufab-extended'):
                    pass
                    yield ' – |'
                yield '\n'
            l_1_a = missing
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sovereignty_framework'):
        pass
        l_0_fw = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sovereignty_framework')
        context.vars['fw'] = l_0_fw
        context.exported_vars.add('fw')
        yield '\n'
        yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.framework'))
        yield '\n\n'
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'fw.intro', title=context.call(environment.getattr(environment.getattr((undefined(name='fw') if l_0_fw is missing else l_0_fw), 'title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang)), version=environment.getattr((undefined(name='fw') if l_0_fw is missing else l_0_fw), 'version'), published=environment.getattr((undefined(name='fw') if l_0_fw is missing else l_0_fw), 'published'), source=context.call(environment.getattr(environment.getattr((undefined(name='fw') if l_0_fw is missing else l_0_fw), 'source'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang)))))
        yield '\n\n| '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'fw.col.objective'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.weight'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'fw.col.minimum'))
        yield ' |'
        for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
            _loop_vars = {}
            pass
            yield ' '
            yield str(t_3(environment.getattr(l_1_a, 'name')))
            yield ' |'
        l_1_a = missing
        yield '\n|---|--:|---|'
        for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
            _loop_vars = {}
            pass
            yield '---|'
        l_1_a = missing
        yield '\n'
        l_0_first = environment.getattr(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'), 0), 'sovereignty')
        context.vars['first'] = l_0_first
        context.exported_vars.add('first')
        for l_1_o in environment.getattr((undefined(name='first') if l_0_first is missing else l_0_first), 'objectives'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'objective'), environment.getattr(l_1_o, 'objective'), environment.getattr(l_1_o, 'criterion'), _loop_vars=_loop_vars)))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'points'), environment.getattr(l_1_o, 'weight'), _loop_vars=_loop_vars))
            yield ' | SEAL-'
            yield str(environment.getattr(l_1_o, 'minimum_seal'))
            yield ' |'
            for l_2_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
                _loop_vars = {}
                pass
                def t_13(fiter):
                    for l_3_y in fiter:
                        if (environment.getattr(l_3_y, 'objective') == environment.getattr(l_1_o, 'objective')):
                            yield l_3_y
                for l_3_y in t_13(environment.getattr(environment.getattr(l_2_a, 'sovereignty'), 'objectives')):
                    _loop_vars = {}
                    pass
                    yield ' '
                    if (not t_5(environment.getattr(l_3_y, 'seal'))):
                        pass
                        yield 'SEAL-'
                        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'level'), environment.getattr(l_3_y, 'seal'), _loop_vars=_loop_vars))
                    else:
                        pass
                        yield '–'
                    if (not environment.getattr(l_3_y, 'met')):
                        pass
                        yield ' ('
                        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'fw.below', _loop_vars=_loop_vars))
                        yield ')'
                    yield ' |'
                l_3_y = missing
            l_2_a = missing
            yield '\n'
        l_1_o = missing
        yield '| **'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'fw.overall'))
        yield '** | | |'
        for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
            _loop_vars = {}
            pass
            yield ' **'
            if (not t_5(environment.getattr(environment.getattr(l_1_a, 'sovereignty'), 'overall_seal'))):
                pass
                yield 'SEAL-'
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'level'), environment.getattr(environment.getattr(l_1_a, 'sovereignty'), 'overall_seal'), _loop_vars=_loop_vars))
            else:
                pass
                yield '–'
            yield '** |'
        l_1_a = missing
        yield '\n| **'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'fw.score'))
        yield '** | 100 % | |'
        for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
            _loop_vars = {}
            pass
            yield ' **'
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(environment.getattr(l_1_a, 'sovereignty'), 'score'), _loop_vars=_loop_vars))
            yield '** |'
        l_1_a = missing
        yield '\n\n'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'fw.levels'))
        yield ':\n\n'
        for (l_1_level, l_1_meaning) in context.call(environment.getattr(environment.getattr((undefined(name='fw') if l_0_fw is missing else l_0_fw), 'levels'), 'items')):
            _loop_vars = {}
            pass
            yield '- SEAL-'
            yield str(l_1_level)
            yield ': '
            yield str(t_3(context.call(environment.getattr(l_1_meaning, 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang), _loop_vars=_loop_vars)))
            yield '\n'
        l_1_level = l_1_meaning = missing
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sensitivity'):
        pass
        l_0_sens = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sensitivity')
        context.vars['sens'] = l_0_sens
        context.exported_vars.add('sens')
        yield '\n'
        yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.sensitivity'))
        yield '\n\n'
        if environment.getattr((undefined(name='sens') if l_0_sens is missing else l_0_sens), 'monte_carlo'):
            pass
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.intro', draws=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(environment.getattr((undefined(name='sens') if l_0_sens is missing else l_0_sens), 'monte_carlo'), 'draws'), 0), concentration=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'level'), environment.getattr(environment.getattr((undefined(name='sens') if l_0_sens is missing else l_0_sens), 'monte_carlo'), 'concentration')), spread=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(environment.getattr((undefined(name='sens') if l_0_sens is missing else l_0_sens), 'monte_carlo'), 'spread_points'), 1))))
            yield '\n'
        else:
            pass
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.intro_no_mc')))
            yield '\n'
        yield '\n**'
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'robustness'))))
        yield '**\n\n### '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.one_at_a_time'))
        yield '\n\n| '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.dimension'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.col.profile'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.col.below'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.col.to'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.col.above'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.col.to'))
        yield ' |\n|---|--:|--:|---|--:|---|\n'
        for l_1_t in environment.getattr((undefined(name='sens') if l_0_sens is missing else l_0_sens), 'one_at_a_time'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'dimension'), environment.getattr(l_1_t, 'dimension'), _loop_vars=_loop_vars)))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'points'), environment.getattr(l_1_t, 'weight'), _loop_vars=_loop_vars))
            yield ' | '
            if (not t_5(environment.getattr(l_1_t, 'lower'))):
                pass
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'points'), environment.getattr(l_1_t, 'lower'), _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_t, 'lower_recommended'), _loop_vars=_loop_vars)))
            else:
                pass
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.none', _loop_vars=_loop_vars))
                yield ' | –'
            yield ' | '
            if (not t_5(environment.getattr(l_1_t, 'upper'))):
                pass
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'points'), environment.getattr(l_1_t, 'upper'), _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_t, 'upper_recommended'), _loop_vars=_loop_vars)))
            else:
                pass
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.none', _loop_vars=_loop_vars))
                yield ' | –'
            yield ' |\n'
        l_1_t = missing
        if environment.getattr((undefined(name='sens') if l_0_sens is missing else l_0_sens), 'monte_carlo'):
            pass
            yield '\n### '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.monte_carlo'))
            yield '\n\n| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.col.share'))
            yield ' |\n|---|--:|\n'
            for (l_1_aid, l_1_share) in context.call(environment.getattr(environment.getattr(environment.getattr((undefined(name='sens') if l_0_sens is missing else l_0_sens), 'monte_carlo'), 'shares'), 'items')):
                _loop_vars = {}
                pass
                yield '| '
                yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), l_1_aid, _loop_vars=_loop_vars)))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'pct'), l_1_share, _loop_vars=_loop_vars))
                yield ' |\n'
            l_1_aid = l_1_share = missing
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.grades'))
        yield '\n'
    yield '\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.criteria'))
    yield '\n\n'
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'crit.weight_note', max=environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'max_score')))
    yield '\n'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield '\n### '
        yield str(t_3(environment.getattr(l_1_a, 'name')))
        yield '\n\n| '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.criterion', _loop_vars=_loop_vars))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.score', _loop_vars=_loop_vars))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.weight', _loop_vars=_loop_vars))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.contribution', _loop_vars=_loop_vars))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.source', _loop_vars=_loop_vars))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.rationale', _loop_vars=_loop_vars))
        yield ' |\n|---|--:|--:|--:|---|---|\n'
        for l_2_row in environment.getattr(l_1_a, 'criteria'):
            l_2_info = missing
            _loop_vars = {}
            pass
            l_2_info = environment.getitem(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'criteria'), environment.getattr(l_2_row, 'criterion'))
            _loop_vars['info'] = l_2_info
            yield '| '
            yield str(t_3(context.call(environment.getattr(environment.getattr((undefined(name='info') if l_2_info is missing else l_2_info), 'title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang), _loop_vars=_loop_vars)))
            if (environment.getattr((undefined(name='info') if l_2_info is missing else l_2_info), 'kind') == 'knock-out'):
                pass
                yield ' ('
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'crit.knock_out', _loop_vars=_loop_vars))
                yield ')'
            elif environment.getattr((undefined(name='info') if l_2_info is missing else l_2_info), 'floor'):
                pass
                yield ' ('
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'crit.floor', floor=environment.getattr((undefined(name='info') if l_2_info is missing else l_2_info), 'floor'), _loop_vars=_loop_vars))
                yield ')'
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'score'), l_2_row, _loop_vars=_loop_vars))
            if environment.getattr(l_2_row, 'below_floor'):
                pass
                yield ' ('
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'crit.below_floor', _loop_vars=_loop_vars))
                yield ')'
            yield ' | '
            if (environment.getattr((undefined(name='info') if l_2_info is missing else l_2_info), 'kind') != 'knock-out'):
                pass
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_2_row, 'weight'), 1, _loop_vars=_loop_vars))
                yield ' %'
            yield ' | '
            if (environment.getattr((undefined(name='info') if l_2_info is missing else l_2_info), 'kind') != 'knock-out'):
                pass
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_2_row, 'contribution'), _loop_vars=_loop_vars))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('source.', environment.getattr(l_2_row, 'source'), )), _loop_vars=_loop_vars))
            if environment.getattr(l_2_row, 'stale'):
                pass
                yield ' ('
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.stale', _loop_vars=_loop_vars))
                yield ')'
            yield ' | '
            if (environment.getattr(l_2_row, 'source') == 'computed'):
                pass
                yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'metric'), l_2_row, l_1_a, _loop_vars=_loop_vars)))
            else:
                pass
                if environment.getattr(l_2_row, 'panel'):
                    pass
                    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'panel'), l_2_row, _loop_vars=_loop_vars)))
                    yield ' '
                if environment.getattr(l_2_row, 'rationale'):
                    pass
                    yield str(t_3(environment.getattr(l_2_row, 'rationale')))
                if environment.getattr(l_2_row, 'evidence'):
                    pass
                    yield ' '
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'crit.evidence', _loop_vars=_loop_vars))
                    yield ': '
                    yield str(t_1(context.eval_ctx, t_2(context, environment.getattr(l_2_row, 'evidence'), 'md'), ', '))
                if environment.getattr(l_2_row, 'assessed_on'):
                    pass
                    yield ' ('
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'crit.assessed_on', date=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr(l_2_row, 'assessed_on'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
                    if environment.getattr(l_2_row, 'assessor'):
                        pass
                        yield ' '
                        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'crit.assessor', name=environment.getattr(l_2_row, 'assessor'), _loop_vars=_loop_vars)))
                    yield ')'
            yield ' |\n'
        l_2_row = l_2_info = missing
    l_1_a = missing
    yield '\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.costs'))
    yield '\n\n'
    l_0_origin = (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'cost.origin.request') if (environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'discount_rate'), 'origin') == 'request') else context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'cost.origin.catalogue', source=context.call(environment.getattr(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'discount_rate'), 'source'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang)), date=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'discount_rate'), 'date'))))
    context.vars['origin'] = l_0_origin
    context.exported_vars.add('origin')
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'cost.intro', years=environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'horizon_years'), rate=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'pct'), environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'discount_rate'), 'value'), 2), origin=(undefined(name='origin') if l_0_origin is missing else l_0_origin))))
    yield '\n\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.item'))
    yield ' |'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(t_3(environment.getattr(l_1_a, 'name')))
        yield ' |'
    l_1_a = missing
    yield '\n|---|'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield '--:|'
    l_1_a = missing
    yield '\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'cost.one_time'))
    yield ' |'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'money'), environment.getattr(environment.getattr(l_1_a, 'economics'), 'one_time_total'), _loop_vars=_loop_vars))
        yield ' |'
    l_1_a = missing
    yield '\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'cost.yearly'))
    yield ' |'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'money'), environment.getattr(environment.getattr(l_1_a, 'economics'), 'yearly_total'), _loop_vars=_loop_vars))
        yield ' |'
    l_1_a = missing
    yield '\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'cost.exit'))
    yield ' |'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'money'), environment.getattr(environment.getattr(l_1_a, 'economics'), 'exit'), _loop_vars=_loop_vars))
        yield ' |'
    l_1_a = missing
    yield '\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'cost.nominal_total', years=environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'horizon_years')))
    yield ' |'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'money'), environment.getattr(environment.getattr(l_1_a, 'economics'), 'nominal_total'), _loop_vars=_loop_vars))
        yield ' |'
    l_1_a = missing
    yield '\n| **'
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'cost.present_value'))
    yield '** |'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield ' **'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'money'), environment.getattr(environment.getattr(l_1_a, 'economics'), 'present_value'), _loop_vars=_loop_vars))
        yield '** |'
    l_1_a = missing
    yield '\n'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield '\n### '
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'cost.flows', name=environment.getattr(l_1_a, 'name'), _loop_vars=_loop_vars)))
        yield '\n\n'
        if (environment.getattr(environment.getattr(l_1_a, 'economics'), 'one_time') or environment.getattr(environment.getattr(l_1_a, 'economics'), 'yearly')):
            pass
            yield '| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.item', _loop_vars=_loop_vars))
            yield ' | EUR |\n|---|--:|\n'
            for (l_2_key, l_2_value) in context.call(environment.getattr(environment.getattr(environment.getattr(l_1_a, 'economics'), 'one_time'), 'items'), _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                yield '| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'cost.one_time', _loop_vars=_loop_vars))
                yield ': '
                yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'cost_item'), l_2_key, _loop_vars=_loop_vars)))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), l_2_value, _loop_vars=_loop_vars))
                yield ' |\n'
            l_2_key = l_2_value = missing
            for (l_2_key, l_2_value) in context.call(environment.getattr(environment.getattr(environment.getattr(l_1_a, 'economics'), 'yearly'), 'items'), _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                yield '| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'cost.yearly', _loop_vars=_loop_vars))
                yield ': '
                yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'cost_item'), l_2_key, _loop_vars=_loop_vars)))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), l_2_value, _loop_vars=_loop_vars))
                yield ' |\n'
            l_2_key = l_2_value = missing
            yield '\n'
        yield '| '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.year', _loop_vars=_loop_vars))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.nominal', _loop_vars=_loop_vars))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.discount_factor', _loop_vars=_loop_vars))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.present_value', _loop_vars=_loop_vars))
        yield ' |\n|--:|--:|--:|--:|\n'
        for l_2_f in environment.getattr(environment.getattr(l_1_a, 'economics'), 'cash_flows'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.getattr(l_2_f, 'year'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'money'), environment.getattr(l_2_f, 'nominal'), _loop_vars=_loop_vars))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_2_f, 'discount_factor'), 4, _loop_vars=_loop_vars))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'money'), environment.getattr(l_2_f, 'present_value'), _loop_vars=_loop_vars))
            yield ' |\n'
        l_2_f = missing
    l_1_a = missing
    yield '\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.gaps'))
    yield '\n\n'
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('gap.rule.', environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'missing_data'), ))))
    yield '\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gaps'):
        pass
        yield '| '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.criterion'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.gap'))
        yield ' |\n|---|---|---|\n'
        for (l_1_alternative, l_1_criteria, l_1_gap) in context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'gap_rows')):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_3(l_1_alternative))
            yield ' | '
            yield str(t_3(l_1_criteria))
            yield ' | '
            yield str(t_3(l_1_gap))
            yield ' |\n'
        l_1_alternative = l_1_criteria = l_1_gap = missing
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'gap.none'))
        yield '\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'warnings'):
        pass
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'gap.warnings'))
        yield ':\n\n'
        for l_1_msg in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'warnings'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'message'), l_1_msg, _loop_vars=_loop_vars)))
            yield '\n'
        l_1_msg = missing
    yield '\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.method'))
    yield '\n\n- '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.aggregation', max=environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'max_score'), profile=context.call(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'profile_title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang)))))
    yield '\n- '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.profile', profile=context.call(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'profile_title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang)), rationale=context.call(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'profile_rationale'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang)))))
    yield '\n'
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'award') and (environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'award'), 'method') in ('ufab-simple', 'ufab-extended'))):
        pass
        yield '- '
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.preference_ratio', margin=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'points'), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'award'), 'margin_percent')))))
        yield '\n'
    else:
        pass
        yield '- '
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.preference', margin=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'margin')))))
        yield '\n'
    yield '- '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.knockouts')))
    yield '\n- '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.licence', spdx=environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'spdx_list_version'))))
    yield '\n- '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.tco', years=environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'horizon_years'), rate=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'pct'), environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'discount_rate'), 'value'), 2))))
    yield '\n- '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('gap.rule.', environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'missing_data'), )))))
    yield ' '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.stale', months=environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'evidence_expiry_months'))))
    yield '\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'award'):
        pass
        yield '- '
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.award', method=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('award.name.', environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'award'), 'method'), ))))))
        yield '\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'strict_selection'):
        pass
        yield '- '
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.strict', critical=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'criteria_list'), environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'strict_selection'), 'critical')), relevant=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'criteria_list'), environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'strict_selection'), 'relevant')))))
        yield '\n'
    if context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'has_panels')):
        pass
        yield '- '
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.assessors', aggregate=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('panel.', environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'assessor_aggregate'), ))), threshold=environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'disagreement_threshold'))))
        yield '\n'
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sensitivity') and environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sensitivity'), 'monte_carlo')):
        pass
        yield '- '
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.sensitivity', draws=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sensitivity'), 'monte_carlo'), 'draws'), 0), concentration=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'level'), environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sensitivity'), 'monte_carlo'), 'concentration')), seed=environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sensitivity'), 'monte_carlo'), 'seed'))))
        yield '\n'
    elif environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sensitivity'):
        pass
        yield '- '
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.sensitivity_no_mc')))
        yield '\n'
    yield '\n### '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.title'))
    yield '\n\n| | |\n|---|---|\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.request'))
    yield ' | '
    yield str(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'request_file')))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.request_sha'))
    yield ' | `'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'request_sha256'))
    yield '` |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.catalogue'))
    yield ' | '
    yield str(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'catalogue_id')))
    yield ' '
    yield str(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'catalogue_version')))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.lineage'))
    yield ' | '
    yield str(t_1(context.eval_ctx, t_2(context, t_2(context, environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'lineage'), attribute='id'), 'md'), ' → '))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.catalogue_sha'))
    yield ' | `'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'catalogue_sha256'))
    yield '` |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.spdx'))
    yield ' | '
    yield str(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'spdx_list_version')))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.standards'))
    yield ' | '
    yield str(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'standards_list_version')))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.tool'))
    yield ' | ossfirst '
    yield str(t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'tool_version')))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.schema'))
    yield ' | '
    yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'schema_version'))
    yield ' |\n'
    if (undefined(name='command') if l_0_command is missing else l_0_command):
        pass
        yield '\n'
        yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.reproduce', command=(undefined(name='command') if l_0_command is missing else l_0_command))))
        yield '\n'

blocks = {}
debug_info = '6=51&7=54&8=57&9=60&10=63&11=81&13=85&17=87&18=91&19=95&20=98&22=102&23=105&25=110&26=114&27=122&28=126&30=130&32=132&35=146&37=152&39=154&40=158&42=161&44=164&46=168&48=171&50=173&51=177&54=180&56=183&58=185&59=187&61=189&63=197&64=201&67=225&69=227&71=237&73=243&74=247&78=265&82=268&84=270&86=272&88=276&89=280&92=288&94=290&96=306&97=310&98=313&100=332&101=340&103=359&104=367&107=371&110=377&112=379&114=391&116=397&117=401&121=425&123=429&124=433&127=444&129=446&131=458&133=464&134=468&137=495&139=505&140=507&142=511&144=513&145=515&146=517&147=519&149=523&151=525&152=529&153=531&155=535&157=537&159=540&162=543&163=546&165=558&166=562&167=565&169=578&170=586&173=598&175=614&177=618&178=622&179=625&182=642&183=650&188=665&189=667&191=671&193=673&195=675&197=689&199=695&200=698&201=702&204=737&206=753&209=763&211=765&212=769&215=774&216=776&218=780&220=782&221=784&223=788&226=791&228=793&230=795&232=807&233=811&235=836&237=839&239=841&241=845&242=849&246=855&249=858&251=860&252=862&254=866&256=868&258=880&259=884&260=887&264=953&266=955&267=958&269=960&271=970&273=976&275=986&277=996&279=1006&281=1016&283=1026&285=1030&287=1032&288=1035&290=1037&291=1041&293=1048&294=1052&298=1061&300=1069&301=1073&305=1084&307=1086&309=1088&310=1091&312=1097&313=1101&316=1110&318=1112&320=1115&322=1117&323=1121&327=1125&329=1127&330=1129&331=1131&332=1134&334=1139&336=1142&337=1144&338=1146&339=1148&340=1152&341=1155&343=1157&344=1160&346=1162&347=1165&349=1167&350=1170&351=1172&352=1175&355=1178&359=1180&360=1184&361=1188&362=1194&363=1198&364=1202&365=1206&366=1210&367=1214&368=1218&370=1221'
SOURCE_SHA256 = '792d141e8a3cdf76966a51e27e80bd46e666a09e9131d1bba2a734af2592f8c9'
