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
    yield '\n\n'
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
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'request'), 'deviations'):
        pass
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dev.title'))
        yield ': '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dev.note'))
        yield '\n\n| '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'check.col.rule'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.criterion'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'check.col.decision'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'check.col.approver'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'check.col.expires'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dev.justification'))
        yield ' |\n|---|---|---|---|---|---|---|\n'
        for l_1_d in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'request'), 'deviations'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_3(environment.getattr(l_1_d, 'rule')))
            yield ' | '
            yield str(t_3((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_d, 'alternative'), _loop_vars=_loop_vars) if environment.getattr(l_1_d, 'alternative') else '–')))
            yield ' | '
            yield str(t_3((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'criterion'), environment.getattr(l_1_d, 'criterion'), _loop_vars=_loop_vars) if environment.getattr(l_1_d, 'criterion') else '–')))
            yield ' | '
            yield str(t_3(environment.getattr(l_1_d, 'decision')))
            yield ' | '
            yield str(t_3(environment.getattr(l_1_d, 'approver')))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr(l_1_d, 'expires'), _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_3(environment.getattr(l_1_d, 'justification')))
            yield ' |\n'
        l_1_d = missing
    yield '\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.method'))
    yield '\n\n- '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.aggregation', max=environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'max_score'), profile=context.call(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'profile_title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang)))))
    yield '\n- '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.profile', profile=context.call(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'profile_title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang)), rationale=context.call(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'profile_rationale'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang)))))
    yield '\n- '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.preference', margin=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'margin')))))
    yield '\n- '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.knockouts')))
    yield '\n- '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.licence', spdx=environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'spdx_list_version'))))
    yield '\n- '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.tco', years=environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'horizon_years'), rate=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'pct'), environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'discount_rate'), 'value'), 2))))
    yield '\n- '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('gap.rule.', environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'missing_data'), )))))
    yield ' '
    yield str(t_3(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'method.stale', months=environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'evidence_expiry_months'))))
    yield '\n\n### '
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
debug_info = '6=47&7=50&8=53&9=56&10=59&11=77&13=81&17=83&18=87&19=91&20=94&22=98&23=101&25=106&26=110&27=118&28=122&30=126&32=128&35=142&37=148&39=150&40=154&42=157&44=160&46=162&47=166&50=169&52=172&54=174&55=176&57=178&59=186&60=190&63=208&65=210&67=220&69=226&70=230&74=248&78=251&80=253&82=255&84=259&85=263&88=271&90=273&92=289&93=293&94=296&96=315&97=323&99=342&100=350&103=354&106=360&108=362&110=374&112=380&113=384&117=408&119=412&120=416&123=427&125=429&127=441&129=447&130=451&133=478&136=488&138=490&139=492&141=496&143=498&145=510&146=514&147=517&151=579&153=581&154=584&156=586&158=596&160=602&162=612&164=622&166=632&168=642&170=652&172=656&174=658&175=661&177=663&178=667&180=674&181=678&185=687&187=695&188=699&192=710&194=712&196=714&197=717&199=723&200=727&203=736&205=738&207=741&209=743&210=747&213=750&215=753&217=757&219=771&220=775&224=791&226=793&227=795&228=797&229=799&230=801&231=803&232=805&234=809&238=811&239=815&240=819&241=825&242=829&243=833&244=837&245=841&246=845&247=849&249=852'
SOURCE_SHA256 = 'cb12bde48286134d3946d15d6390f9ad7d1c2bc62f882c8c2c83b312a5867359'
