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
    l_0_ex = resolve('ex')
    l_0_aw = resolve('aw')
    l_0_fw = resolve('fw')
    l_0_first = resolve('first')
    l_0_sens = resolve('sens')
    l_0_precision = resolve('precision')
    l_0_floor_rows = resolve('floor_rows')
    l_0_unjudged = resolve('unjudged')
    l_0_command = resolve('command')
    l_0_req = l_0_v = l_0_m = l_0_n = l_0_section = l_0_screened = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_5 = environment.filters['mdblock']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'mdblock' found.")
    try:
        t_6 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
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
        t_8 = []
        if l_1_key is missing:
            l_1_key = undefined("parameter 'key' was not provided", name='key')
        pass
        if not isinstance(l_0_n, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_n['section'] = (environment.getattr((undefined(name='n') if l_0_n is missing else l_0_n), 'section') + 1)
        t_8.extend((
            '## ',
            str(environment.getattr((undefined(name='n') if l_0_n is missing else l_0_n), 'section')),
            '. ',
            str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), l_1_key)),
        ))
        return concat(t_8)
    context.exported_vars.add('section')
    context.vars['section'] = l_0_section = Macro(environment, macro, 'section', ('key',), False, False, False, context.eval_ctx.autoescape)
    yield '# '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'doc.title'))
    yield ': '
    yield str(t_4(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'title')))
    yield '\n\n'
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'doc.subtitle'))
    yield '\n\n| | |\n|---|---|\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.request'))
    yield ' | '
    yield str(t_4(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'id')))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.organisation'))
    yield ' | '
    yield str(t_4(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'organisation')))
    yield ' |\n'
    if environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'department'):
        pass
        yield '| '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.department'))
        yield ' | '
        yield str(t_4(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'department')))
        yield ' |\n'
    if environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'contact'):
        pass
        yield '| '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.contact'))
        yield ' | '
        yield str(t_4(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'contact')))
        yield ' |\n'
    yield '| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.date'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'date')))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.catalogue'))
    yield ' | '
    yield str(t_4(context.call(environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang))))
    yield ' ('
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'id')))
    yield ' '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'version')))
    yield ') |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.profile'))
    yield ' | '
    yield str(t_4(context.call(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'profile_title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang))))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'meta.proposed'))
    yield ' | '
    yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'proposed'))))
    yield ' |\n\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.summary'))
    yield '\n\n**'
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.recommendation'))
    yield ':** '
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'recommended'):
        pass
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'recommended'))))
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
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'status')))
    yield ' **'
    yield str((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.policy_holds') if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'policy_holds') else context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.policy_violated')))
    yield '**\n\n'
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.reasons'))
    yield ':\n\n'
    for l_1_reason in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'reasons'):
        _loop_vars = {}
        pass
        yield '- '
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'message'), l_1_reason, _loop_vars=_loop_vars)))
        yield '\n'
    l_1_reason = missing
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'sensitivity') or context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'hangs_on'))):
        pass
        yield '\n**'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.robustness'))
        yield ':** '
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'robustness'))))
        yield '\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'justification'):
        pass
        yield '\n**'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sum.justification'))
        yield ':**\n\n'
        for l_1_line in context.call(environment.getattr(t_5(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'justification')), 'split'), '\n'):
            _loop_vars = {}
            pass
            yield '> '
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'justification_review'):
        pass
        yield '\n**'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'rev.title'))
        yield ':** '
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'review_intro'))))
        yield '\n'
        if environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'justification_review'), 'points'):
            pass
            yield '\n| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'rev.col.point'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'rev.col.standing'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'rev.col.named'))
            yield ' |\n|---|---|---|\n'
            for (l_1_point, l_1_standing, l_1_named) in context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'review_rows')):
                _loop_vars = {}
                pass
                yield '| '
                yield str(t_4(l_1_point))
                yield ' | '
                yield str(t_4(l_1_standing))
                yield ' | '
                yield str(l_1_named)
                yield ' |\n'
            l_1_point = l_1_standing = l_1_named = missing
        l_1_loop = missing
        for l_1_line, l_1_loop in LoopContext(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'unsupported')), undefined):
            _loop_vars = {}
            pass
            if environment.getattr(l_1_loop, 'first'):
                pass
                yield '\n'
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'rev.cited', _loop_vars=_loop_vars))
                yield ':\n\n'
            yield '- '
            yield str(t_4(l_1_line))
            yield '\n'
        l_1_loop = l_1_line = missing
    if (environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'why_no_oss') or (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'recommended') and (environment.getattr(context.call(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternative'), environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'recommended')), 'category') == 'proprietary'))):
        pass
        yield '\n'
        yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.why_no_oss'))
        yield '\n\n'
        if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'why_no_oss'):
            pass
            yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'why.intro', name=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'why_no_oss'), 0), 'compared_with')))))
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
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_s, 'alternative'), _loop_vars=_loop_vars)))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('category.', environment.getattr(l_1_s, 'category'), )), _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_s, 'total'), _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'shortfall'), l_1_s, _loop_vars=_loop_vars)))
                yield ' |\n'
            l_1_s = missing
            yield '\n'
            yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'why.gaps', name=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'why_no_oss'), 0), 'compared_with')))))
            yield ':\n\n| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
            yield ' |'
            for l_1_d in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'dimensions'):
                _loop_vars = {}
                pass
                yield ' '
                yield str(t_4(context.call(environment.getattr(environment.getattr(l_1_d, 'title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang), _loop_vars=_loop_vars)))
                yield ' |'
            l_1_d = missing
            yield '\n|---|'
            for l_1_d in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'dimensions'):
                _loop_vars = {}
                pass
                yield '---|'
            l_1_d = missing
            yield '\n'
            for l_1_s in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'why_no_oss'):
                _loop_vars = {}
                pass
                yield '| '
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_s, 'alternative'), _loop_vars=_loop_vars)))
                yield ' |'
                for l_2_d in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'dimensions'):
                    _loop_vars = {}
                    pass
                    yield ' '
                    yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'dimension_lead'), l_1_s, environment.getattr(l_2_d, 'id'), _loop_vars=_loop_vars)))
                    yield ' |'
                l_2_d = missing
                yield '\n'
            l_1_s = missing
        else:
            pass
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'why.none'))
            yield '\n'
        if context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'market_reference')):
            pass
            yield '\n'
            yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'market_reference'))))
            yield '\n'
    if (environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'market_exploration') or environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'market_search')):
        pass
        yield '\n'
        yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.market'))
        yield '\n\n'
        if environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'market_exploration'):
            pass
            l_0_ex = environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'market_exploration')
            context.vars['ex'] = l_0_ex
            context.exported_vars.add('ex')
            yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'market_intro'))))
            yield '\n'
            for l_1_line in context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'market_notes')):
                _loop_vars = {}
                pass
                yield '\n**'
                yield str(t_4(l_1_line))
                yield '**\n'
            l_1_line = missing
            yield '\n'
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.tab.catalogues'))
            yield ':\n\n| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.col.catalogue'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.col.snapshot'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.col.entries'))
            yield ' |\n|---|---|--:|\n'
            for (l_1_name, l_1_snapshot, l_1_entries) in context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'market_catalogue_rows')):
                _loop_vars = {}
                pass
                yield '| '
                yield str(t_4(l_1_name))
                yield ' | '
                yield str(l_1_snapshot)
                yield ' | '
                yield str(l_1_entries)
                yield ' |\n'
            l_1_name = l_1_snapshot = l_1_entries = missing
            yield '\n'
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.tab.searches'))
            yield ':\n\n| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.col.query'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.col.filters'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.col.date'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.col.found'))
            yield ' |\n|---|---|---|--:|\n'
            for (l_1_query, l_1_filters, l_1_day, l_1_found) in context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'market_search_rows')):
                _loop_vars = {}
                pass
                yield '| '
                yield str(t_4(l_1_query))
                yield ' | '
                yield str(t_4(l_1_filters))
                yield ' | '
                yield str(l_1_day)
                yield ' | '
                yield str(l_1_found)
                yield ' |\n'
            l_1_query = l_1_filters = l_1_day = l_1_found = missing
            if environment.getattr((undefined(name='ex') if l_0_ex is missing else l_0_ex), 'hits'):
                pass
                yield '\n'
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.tab.hits'))
                yield ':\n\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.col.hit'))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.col.repository'))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.col.outcome'))
                yield ' |\n|---|---|---|\n'
                for (l_1_name, l_1_repository, l_1_outcome) in context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'market_hit_rows')):
                    _loop_vars = {}
                    pass
                    yield '| '
                    yield str(t_4(l_1_name))
                    yield ' | '
                    yield str(t_4(l_1_repository))
                    yield ' | '
                    yield str(t_4(l_1_outcome))
                    yield ' |\n'
                l_1_name = l_1_repository = l_1_outcome = missing
        else:
            pass
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.none'))
            yield '\n'
        if environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'market_search'):
            pass
            yield '\n**'
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'mkt.words'))
            yield ':**\n\n'
            for l_1_line in context.call(environment.getattr(t_5(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'market_search')), 'split'), '\n'):
                _loop_vars = {}
                pass
                yield '> '
                yield str(l_1_line)
                yield '\n'
            l_1_line = missing
    yield '\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decisive'):
        pass
        yield '\n'
        yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.decisive'))
        yield '\n'
        for l_1_sentence in context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'hangs_on')):
            _loop_vars = {}
            pass
            yield '\n**'
            yield str(t_4(l_1_sentence))
            yield '**\n'
        l_1_sentence = missing
        if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decisive'), 'exclusions'):
            pass
            yield '\n'
            yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dec.intro')))
            yield '\n\n| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dec.col.excluded_by'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dec.col.without'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dec.col.available'))
            yield ' |\n|---|---|---|---|\n'
            for l_1_e in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decisive'), 'exclusions'):
                l_1_row = missing
                _loop_vars = {}
                pass
                l_1_row = context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'exclusion_row'), l_1_e, _loop_vars=_loop_vars)
                _loop_vars['row'] = l_1_row
                yield '| '
                yield str(t_4(environment.getitem((undefined(name='row') if l_1_row is missing else l_1_row), 0)))
                yield ' | '
                yield str(t_4(environment.getitem((undefined(name='row') if l_1_row is missing else l_1_row), 1)))
                yield ' | '
                yield str(t_4(environment.getitem((undefined(name='row') if l_1_row is missing else l_1_row), 2)))
                yield ' | '
                yield str(t_4(environment.getitem((undefined(name='row') if l_1_row is missing else l_1_row), 3)))
                yield ' |\n'
            l_1_e = l_1_row = missing
            if t_2(context.eval_ctx, t_6(context, environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decisive'), 'exclusions'), 'closed_by', 'none')):
                pass
                yield '\n'
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dec.no_closing')))
                yield '\n'
        if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decisive'), 'closings'):
            pass
            yield '\n'
            yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dec.closings')))
            yield '\n\n| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dec.col.variant'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dec.col.closes'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dec.col.cost'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dec.col.time'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'dec.col.outcome'))
            yield ' |\n|---|---|---|---|---|\n'
            for l_1_c in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decisive'), 'closings'):
                l_1_row = missing
                _loop_vars = {}
                pass
                l_1_row = context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'closing_row'), l_1_c, _loop_vars=_loop_vars)
                _loop_vars['row'] = l_1_row
                yield '| '
                yield str(t_4(environment.getitem((undefined(name='row') if l_1_row is missing else l_1_row), 0)))
                yield ' | '
                yield str(t_4(environment.getitem((undefined(name='row') if l_1_row is missing else l_1_row), 1)))
                yield ' | '
                yield str(t_4(environment.getitem((undefined(name='row') if l_1_row is missing else l_1_row), 2)))
                yield ' | '
                yield str(t_4(environment.getitem((undefined(name='row') if l_1_row is missing else l_1_row), 3)))
                yield ' | '
                yield str(t_4(environment.getitem((undefined(name='row') if l_1_row is missing else l_1_row), 4)))
                yield ' |\n'
            l_1_c = l_1_row = missing
    yield '\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.need'))
    yield '\n\n'
    yield str(t_5(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'need')))
    yield '\n\n| ID | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.requirement'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.must'))
    yield ' |\n|---|---|---|\n'
    for l_1_q in environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'requirements'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_4(environment.getattr(l_1_q, 'id')))
        yield ' | '
        yield str(t_4(environment.getattr(l_1_q, 'text')))
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
        yield str(t_4(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'name')))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('category.', environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'category'), )), _loop_vars=_loop_vars))
        yield ' | '
        yield str(t_4(environment.getattr(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'licence'), 'expression')))
        yield ' ('
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'fsf'), (undefined(name='a') if l_1_a is missing else l_1_a), _loop_vars=_loop_vars))
        yield ') | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('deployment.', environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'deployment'), )), _loop_vars=_loop_vars))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('jurisdiction.', environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'jurisdiction'), )), _loop_vars=_loop_vars))
        yield ' ('
        yield str(t_4(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'operator_jurisdiction')))
        yield ') | '
        yield str(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'providers'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'total'), _loop_vars=_loop_vars))
        yield ' |\n'
    l_1_aid = l_1_a = missing
    def t_9(fiter):
        for l_1_a in fiter:
            if (not environment.getattr(l_1_a, 'eligible')):
                yield l_1_a
    for l_1_a in t_9(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives')):
        _loop_vars = {}
        pass
        yield '| – | '
        yield str(t_4(environment.getattr(l_1_a, 'name')))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('category.', environment.getattr(l_1_a, 'category'), )), _loop_vars=_loop_vars))
        yield ' | '
        yield str(t_4(environment.getattr(environment.getattr(l_1_a, 'licence'), 'expression')))
        yield ' ('
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'fsf'), l_1_a, _loop_vars=_loop_vars))
        yield ') | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('deployment.', environment.getattr(l_1_a, 'deployment'), )), _loop_vars=_loop_vars))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('jurisdiction.', environment.getattr(l_1_a, 'jurisdiction'), )), _loop_vars=_loop_vars))
        yield ' ('
        yield str(t_4(environment.getattr(l_1_a, 'operator_jurisdiction')))
        yield ') | '
        yield str(environment.getattr(l_1_a, 'providers'))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_a, 'total'), _loop_vars=_loop_vars))
        yield ' ('
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.excluded', _loop_vars=_loop_vars))
        yield ') |\n'
    l_1_a = missing
    def t_10(fiter):
        for l_1_a in fiter:
            if environment.getattr(l_1_a, 'description'):
                yield l_1_a
    l_1_loop = missing
    for l_1_a, l_1_loop in LoopContext(t_10(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives')), undefined):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_loop, 'first'):
            pass
            yield '\n'
        yield '- **'
        yield str(t_4(environment.getattr(l_1_a, 'name')))
        yield ':** '
        yield str(t_4(environment.getattr(l_1_a, 'description')))
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
        yield str(t_4(environment.getattr(l_1_a, 'name')))
        yield ' |'
    l_1_a = missing
    yield '\n|---|---|'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield '---|'
    l_1_a = missing
    yield '\n'
    l_1_loop = missing
    for l_1_q, l_1_loop in LoopContext(environment.getattr((undefined(name='req') if l_0_req is missing else l_0_req), 'requirements'), undefined):
        l_1_i = missing
        _loop_vars = {}
        pass
        l_1_i = environment.getattr(l_1_loop, 'index0')
        _loop_vars['i'] = l_1_i
        yield '| '
        yield str(t_4(environment.getattr(l_1_q, 'id')))
        yield ' '
        yield str(t_4(environment.getattr(l_1_q, 'text')))
        yield ' | '
        yield str((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'yes', _loop_vars=_loop_vars) if environment.getattr(l_1_q, 'must') else context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'no', _loop_vars=_loop_vars)))
        yield ' |'
        for l_2_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
            _loop_vars = {}
            pass
            def t_11(fiter):
                for l_3_c in fiter:
                    if (environment.getattr(l_3_c, 'requirement') == environment.getattr(l_1_q, 'id')):
                        yield l_3_c
            for l_3_c in t_11(environment.getattr(l_2_a, 'requirements')[(undefined(name='i') if l_1_i is missing else l_1_i):((undefined(name='i') if l_1_i is missing else l_1_i) + 1)]):
                _loop_vars = {}
                pass
                yield ' '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('coverage.', environment.getattr(l_3_c, 'coverage'), )), _loop_vars=_loop_vars))
                yield ' |'
            l_3_c = missing
        l_2_a = missing
        yield '\n'
    l_1_loop = l_1_q = l_1_i = missing
    yield '\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
    yield ' | '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.knockouts'))
    yield ' |\n|---|---|\n'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_4(environment.getattr(l_1_a, 'name')))
        yield ' | '
        if environment.getattr(l_1_a, 'knockouts'):
            pass
            yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'knockouts'), environment.getattr(l_1_a, 'knockouts'), _loop_vars=_loop_vars)))
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
        yield str(t_4(environment.getattr(l_1_a, 'name')))
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
        yield str(t_4(context.call(environment.getattr(environment.getattr(l_1_d, 'title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang), _loop_vars=_loop_vars)))
        yield ' | '
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_d, 'weight'), 0, _loop_vars=_loop_vars))
        yield ' % |'
        for l_2_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
            _loop_vars = {}
            pass
            def t_12(fiter):
                for l_3_s in fiter:
                    if (environment.getattr(l_3_s, 'dimension') == environment.getattr(l_1_d, 'id')):
                        yield l_3_s
            for l_3_s in t_12(environment.getattr(l_2_a, 'dimensions')):
                _loop_vars = {}
                pass
                yield ' '
                if (not t_7(environment.getattr(l_3_s, 'score'))):
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
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'award_method'))))
        yield '\n'
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('award.basis.', environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'price_basis'), )))))
        yield ' '
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.performance', criteria=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'criteria_list'), environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'price_criteria')))))
        yield '\n'
        if (environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'method') == 'price-points'):
            pass
            yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.margin_points', margin=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'margin')))))
            yield '\n'
        else:
            pass
            yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.margin', margin=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'points'), environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'margin_percent')))))
            yield '\n'
        if (not t_7(environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'corridor_bound'))):
            pass
            yield '\n'
            yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'award.corridor', best=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'best_ratio'), 4), bound=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='aw') if l_0_aw is missing else l_0_aw), 'corridor_bound'), 4))))
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
                yield str(t_4(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'name')))
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
            def t_13(fiter):
                for l_1_a in fiter:
                    if (not environment.getattr(l_1_a, 'eligible')):
                        yield l_1_a
            for l_1_a in t_13(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives')):
                _loop_vars = {}
                pass
                yield '| – | '
                yield str(t_4(environment.getattr(l_1_a, 'name')))
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
                yield str(t_4(environment.getattr((undefined(name='a') if l_1_a is missing else l_1_a), 'name')))
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
            def t_14(fiter):
                for l_1_a in fiter:
                    if (not environment.getattr(l_1_a, 'eligible')):
                        yield l_1_a
            for l_1_a in t_14(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives')):
                _loop_vars = {}
                pass
                yield '| – | '
                yield str(t_4(environment.getattr(l_1_a, 'name')))
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
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'fw.intro', title=context.call(environment.getattr(environment.getattr((undefined(name='fw') if l_0_fw is missing else l_0_fw), 'title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang)), version=environment.getattr((undefined(name='fw') if l_0_fw is missing else l_0_fw), 'version'), published=environment.getattr((undefined(name='fw') if l_0_fw is missing else l_0_fw), 'published'), source=context.call(environment.getattr(environment.getattr((undefined(name='fw') if l_0_fw is missing else l_0_fw), 'source'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang)))))
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
            yield str(t_4(environment.getattr(l_1_a, 'name')))
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
            yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'objective'), environment.getattr(l_1_o, 'objective'), environment.getattr(l_1_o, 'criterion'), _loop_vars=_loop_vars)))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'points'), environment.getattr(l_1_o, 'weight'), _loop_vars=_loop_vars))
            yield ' | SEAL-'
            yield str(environment.getattr(l_1_o, 'minimum_seal'))
            yield ' |'
            for l_2_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
                _loop_vars = {}
                pass
                def t_15(fiter):
                    for l_3_y in fiter:
                        if (environment.getattr(l_3_y, 'objective') == environment.getattr(l_1_o, 'objective')):
                            yield l_3_y
                for l_3_y in t_15(environment.getattr(environment.getattr(l_2_a, 'sovereignty'), 'objectives')):
                    _loop_vars = {}
                    pass
                    yield ' '
                    if (not t_7(environment.getattr(l_3_y, 'seal'))):
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
            if (not t_7(environment.getattr(environment.getattr(l_1_a, 'sovereignty'), 'overall_seal'))):
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
            yield str(t_4(context.call(environment.getattr(l_1_meaning, 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang), _loop_vars=_loop_vars)))
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
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'sensitivity_intro'))))
        yield '\n\n**'
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'robustness'))))
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
            yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'dimension'), environment.getattr(l_1_t, 'dimension'), _loop_vars=_loop_vars)))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'points'), environment.getattr(l_1_t, 'weight'), _loop_vars=_loop_vars))
            yield ' | '
            if (not t_7(environment.getattr(l_1_t, 'lower'))):
                pass
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'points'), environment.getattr(l_1_t, 'lower'), _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_t, 'lower_recommended'), _loop_vars=_loop_vars)))
            else:
                pass
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.none', _loop_vars=_loop_vars))
                yield ' | –'
            yield ' | '
            if (not t_7(environment.getattr(l_1_t, 'upper'))):
                pass
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'points'), environment.getattr(l_1_t, 'upper'), _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_t, 'upper_recommended'), _loop_vars=_loop_vars)))
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
            yield '\n\n'
            l_0_precision = environment.getattr(environment.getattr((undefined(name='sens') if l_0_sens is missing else l_0_sens), 'monte_carlo'), 'precision')
            context.vars['precision'] = l_0_precision
            context.exported_vars.add('precision')
            yield '| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.col.share'))
            yield ' |'
            if (not t_7((undefined(name='precision') if l_0_precision is missing else l_0_precision))):
                pass
                yield ' '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'sens.col.precision'))
                yield ' |'
            yield '\n|---|--:|'
            if (not t_7((undefined(name='precision') if l_0_precision is missing else l_0_precision))):
                pass
                yield '--:|'
            yield '\n'
            for (l_1_aid, l_1_share) in context.call(environment.getattr(environment.getattr(environment.getattr((undefined(name='sens') if l_0_sens is missing else l_0_sens), 'monte_carlo'), 'shares'), 'items')):
                _loop_vars = {}
                pass
                yield '| '
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), l_1_aid, _loop_vars=_loop_vars)))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'pct'), l_1_share, _loop_vars=_loop_vars))
                yield ' |'
                if (not t_7((undefined(name='precision') if l_0_precision is missing else l_0_precision))):
                    pass
                    yield ' '
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'precision'), environment.getitem((undefined(name='precision') if l_0_precision is missing else l_0_precision), l_1_aid), _loop_vars=_loop_vars))
                    yield ' |'
                yield '\n'
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
        yield str(t_4(environment.getattr(l_1_a, 'name')))
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
            l_2_note = resolve('note')
            l_2_info = missing
            _loop_vars = {}
            pass
            l_2_info = environment.getitem(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'criteria'), environment.getattr(l_2_row, 'criterion'))
            _loop_vars['info'] = l_2_info
            yield '| '
            yield str(t_4(context.call(environment.getattr(environment.getattr((undefined(name='info') if l_2_info is missing else l_2_info), 'title'), 'get'), (undefined(name='lang') if l_0_lang is missing else l_0_lang), _loop_vars=_loop_vars)))
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
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'metric'), l_2_row, l_1_a, _loop_vars=_loop_vars)))
            elif (environment.getattr(l_2_row, 'source') == 'imported'):
                pass
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'imported_rationale'), l_2_row, _loop_vars=_loop_vars)))
                if environment.getattr(l_2_row, 'assessed_on'):
                    pass
                    yield ' ('
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'crit.dated', date=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr(l_2_row, 'assessed_on'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
                    yield ')'
            else:
                pass
                if environment.getattr(l_2_row, 'panel'):
                    pass
                    yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'panel'), l_2_row, _loop_vars=_loop_vars)))
                    yield ' '
                if environment.getattr(l_2_row, 'rationale'):
                    pass
                    yield str(t_4(environment.getattr(l_2_row, 'rationale')))
                if environment.getattr(l_2_row, 'evidence'):
                    pass
                    yield ' '
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'crit.evidence', _loop_vars=_loop_vars))
                    yield ': '
                    yield str(t_1(context.eval_ctx, t_3(context, environment.getattr(l_2_row, 'evidence'), 'md'), ', '))
                if environment.getattr(l_2_row, 'assessed_on'):
                    pass
                    yield ' ('
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'crit.assessed_on', date=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr(l_2_row, 'assessed_on'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
                    if environment.getattr(l_2_row, 'assessor'):
                        pass
                        yield ' '
                        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'crit.assessor', name=environment.getattr(l_2_row, 'assessor'), _loop_vars=_loop_vars)))
                    yield ')'
                l_2_note = context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'imported_note'), l_2_row, _loop_vars=_loop_vars)
                _loop_vars['note'] = l_2_note
                if (undefined(name='note') if l_2_note is missing else l_2_note):
                    pass
                    yield ' ('
                    yield str(t_4((undefined(name='note') if l_2_note is missing else l_2_note)))
                    yield ')'
            yield ' |\n'
        l_2_row = l_2_info = l_2_note = missing
    l_1_a = missing
    yield '\n'
    l_0_screened = t_2(context.eval_ctx, t_6(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'), 'standards'))
    context.vars['screened'] = l_0_screened
    context.exported_vars.add('screened')
    if (undefined(name='screened') if l_0_screened is missing else l_0_screened):
        pass
        yield '\n'
        yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.screening'))
        yield '\n\n'
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'scr.intro', version=environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'standards_list_version'))))
        yield '\n'
        for l_1_a in (undefined(name='screened') if l_0_screened is missing else l_0_screened):
            _loop_vars = {}
            pass
            yield '\n### '
            yield str(t_4(environment.getattr(l_1_a, 'name')))
            yield '\n\n| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'scr.declared', _loop_vars=_loop_vars))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'scr.standard', _loop_vars=_loop_vars))
            yield ' |'
            for l_2_c in environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'openness_criteria'):
                _loop_vars = {}
                pass
                yield ' '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('scr.', l_2_c, )), _loop_vars=_loop_vars))
                yield ' |'
            l_2_c = missing
            yield ' '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'scr.open', _loop_vars=_loop_vars))
            yield ' |\n|---|---|'
            for l_2_c in environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'openness_criteria'):
                _loop_vars = {}
                pass
                yield ':-:|'
            l_2_c = missing
            yield ':-:|\n'
            for l_2_s in environment.getattr(l_1_a, 'standards'):
                _loop_vars = {}
                pass
                yield '| '
                yield str(t_4(environment.getattr(l_2_s, 'declared')))
                yield ' | '
                if environment.getattr(l_2_s, 'id'):
                    pass
                    yield str(t_4(environment.getattr(l_2_s, 'name')))
                    yield ' ('
                    yield str(t_4(environment.getattr(l_2_s, 'body')))
                    yield ')'
                elif environment.getattr(l_2_s, 'suggestion'):
                    pass
                    yield str(t_4(str_join((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'scr.unknown', _loop_vars=_loop_vars), context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'msg.suggestion', name=environment.getattr(l_2_s, 'suggestion'), _loop_vars=_loop_vars), ))))
                else:
                    pass
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'scr.unknown', _loop_vars=_loop_vars))
                yield ' |'
                for l_3_c in environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'openness_criteria'):
                    _loop_vars = {}
                    pass
                    yield ' '
                    if environment.getattr(l_2_s, 'criteria'):
                        pass
                        yield str((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'yes', _loop_vars=_loop_vars) if environment.getitem(environment.getattr(l_2_s, 'criteria'), l_3_c) else context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'no', _loop_vars=_loop_vars)))
                    else:
                        pass
                        yield '–'
                    yield ' |'
                l_3_c = missing
                yield ' **'
                yield str((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'yes', _loop_vars=_loop_vars) if environment.getattr(l_2_s, 'open') else context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'no', _loop_vars=_loop_vars)))
                yield '** |\n'
            l_2_s = missing
        l_1_a = missing
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'evidence'):
        pass
        yield '\n'
        yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.evidence'))
        yield '\n\n'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.intro'))
        yield '\n'
        def t_16(fiter):
            for l_1_a in fiter:
                if ((environment.getattr(environment.getattr(l_1_a, 'evidence'), 'publiccode') or environment.getattr(environment.getattr(l_1_a, 'evidence'), 'scorecard')) or environment.getattr(environment.getattr(l_1_a, 'evidence'), 'sbom')):
                    yield l_1_a
        l_1_loop = missing
        for l_1_a, l_1_loop in LoopContext(t_16(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives')), undefined):
            l_1_pc = l_1_sc = l_1_bom = missing
            _loop_vars = {}
            pass
            yield '\n### '
            yield str(t_4(environment.getattr(l_1_a, 'name')))
            yield '\n'
            l_1_pc = environment.getattr(environment.getattr(l_1_a, 'evidence'), 'publiccode')
            _loop_vars['pc'] = l_1_pc
            if (undefined(name='pc') if l_1_pc is missing else l_1_pc):
                pass
                yield '\n#### '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.kind.publiccode', _loop_vars=_loop_vars))
                yield ': '
                yield str(t_4(environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'file')))
                yield '\n\n| | |\n|---|---|\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.name', _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_4(environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'name')))
                if environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'software_version'):
                    pass
                    yield ' ('
                    yield str(t_4(environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'software_version')))
                    yield ')'
                yield ' |\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'field.url', _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_4((environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'url') or '–')))
                yield ' |\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.version', _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_4(environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'version')))
                yield ' |\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.status', _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('ev.status.', environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'development_status'), )), _loop_vars=_loop_vars))
                yield ' |\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.type', _loop_vars=_loop_vars))
                yield ' | '
                yield str(environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'software_type'))
                yield ' |\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.platforms', _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_1(context.eval_ctx, t_3(context, environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'platforms'), 'md'), ', '))
                yield ' |\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.licence', _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_4(environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'licence')))
                yield ' |\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.maintenance', _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('ev.maintenance.', environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'maintenance'), )), _loop_vars=_loop_vars))
                l_2_loop = missing
                for l_2_c, l_2_loop in LoopContext(environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'contractors'), undefined):
                    _loop_vars = {}
                    pass
                    yield str((': ' if environment.getattr(l_2_loop, 'first') else '; '))
                    yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.contractor', name=environment.getattr(l_2_c, 'name'), until=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr(l_2_c, 'until'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
                l_2_loop = l_2_c = missing
                yield ' |\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.used_by', _loop_vars=_loop_vars))
                yield ' | '
                if environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'used_by'):
                    pass
                    yield str(t_1(context.eval_ctx, t_3(context, environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'used_by'), 'md'), ', '))
                else:
                    pass
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.none', _loop_vars=_loop_vars))
                yield ' |\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.languages', _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_1(context.eval_ctx, t_3(context, environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'languages'), 'md'), ', '))
                yield ' |\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.proprietary', _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'dependencies'), environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'depends_proprietary'), _loop_vars=_loop_vars)))
                yield ' |\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.open', _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'dependencies'), environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'depends_open'), _loop_vars=_loop_vars)))
                yield ' |\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.hardware', _loop_vars=_loop_vars))
                yield ' | '
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'dependencies'), environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'depends_hardware'), _loop_vars=_loop_vars)))
                yield ' |\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.supports', _loop_vars=_loop_vars))
                yield ' | '
                if environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'supports'):
                    pass
                    yield str(t_1(context.eval_ctx, t_3(context, environment.getattr((undefined(name='pc') if l_1_pc is missing else l_1_pc), 'supports'), 'md'), ', '))
                else:
                    pass
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.none', _loop_vars=_loop_vars))
                yield ' |\n'
            l_1_sc = environment.getattr(environment.getattr(l_1_a, 'evidence'), 'scorecard')
            _loop_vars['sc'] = l_1_sc
            if (undefined(name='sc') if l_1_sc is missing else l_1_sc):
                pass
                yield '\n#### '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.kind.scorecard', _loop_vars=_loop_vars))
                yield ': '
                yield str(t_4(environment.getattr((undefined(name='sc') if l_1_sc is missing else l_1_sc), 'file')))
                yield '\n\n'
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'scorecard_summary'), (undefined(name='sc') if l_1_sc is missing else l_1_sc), _loop_vars=_loop_vars)))
                yield '\n\n| '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sc.check', _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sc.risk', _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.weight', _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sc.score', _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sc.reason', _loop_vars=_loop_vars))
                yield ' | '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sc.criterion', _loop_vars=_loop_vars))
                yield ' |\n|---|---|--:|--:|---|---|\n'
                for l_2_c in environment.getattr((undefined(name='sc') if l_1_sc is missing else l_1_sc), 'checks'):
                    _loop_vars = {}
                    pass
                    yield '| '
                    yield str(t_4(environment.getattr(l_2_c, 'name')))
                    yield ' | '
                    if environment.getattr(l_2_c, 'risk'):
                        pass
                        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('ev.risk.', environment.getattr(l_2_c, 'risk'), )), _loop_vars=_loop_vars))
                    else:
                        pass
                        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sc.unknown_risk', _loop_vars=_loop_vars))
                    yield ' | '
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_2_c, 'weight'), 1, _loop_vars=_loop_vars))
                    yield ' | '
                    if (not t_7(environment.getattr(l_2_c, 'score'))):
                        pass
                        yield str(environment.getattr(l_2_c, 'score'))
                        yield '/10'
                    else:
                        pass
                        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sc.inconclusive', _loop_vars=_loop_vars))
                    yield ' | '
                    yield str(t_4((environment.getattr(l_2_c, 'reason') or '')))
                    yield ' | '
                    if environment.getattr(l_2_c, 'criterion'):
                        pass
                        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'criterion'), environment.getattr(l_2_c, 'criterion'), _loop_vars=_loop_vars)))
                    yield ' |\n'
                l_2_c = missing
            l_1_bom = environment.getattr(environment.getattr(l_1_a, 'evidence'), 'sbom')
            _loop_vars['bom'] = l_1_bom
            if (undefined(name='bom') if l_1_bom is missing else l_1_bom):
                pass
                yield '\n#### '
                yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.kind.sbom', _loop_vars=_loop_vars))
                yield ': '
                yield str(t_4(environment.getattr((undefined(name='bom') if l_1_bom is missing else l_1_bom), 'file')))
                yield '\n\n'
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'sbom_summary'), (undefined(name='bom') if l_1_bom is missing else l_1_bom), _loop_vars=_loop_vars)))
                yield '\n'
                if environment.getattr((undefined(name='bom') if l_1_bom is missing else l_1_bom), 'not_open'):
                    pass
                    yield '\n'
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sbom.not_open', _loop_vars=_loop_vars))
                    yield ':\n\n| '
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sbom.component', _loop_vars=_loop_vars))
                    yield ' | '
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sbom.version', _loop_vars=_loop_vars))
                    yield ' | '
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sbom.licence', _loop_vars=_loop_vars))
                    yield ' | '
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sbom.status', _loop_vars=_loop_vars))
                    yield ' |\n|---|---|---|---|\n'
                    for l_2_c in context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'sbom_listed'), (undefined(name='bom') if l_1_bom is missing else l_1_bom), _loop_vars=_loop_vars):
                        _loop_vars = {}
                        pass
                        yield '| '
                        yield str(t_4(environment.getattr(l_2_c, 'name')))
                        yield ' | '
                        yield str(t_4((environment.getattr(l_2_c, 'version') or '–')))
                        yield ' | '
                        yield str(t_4((environment.getattr(l_2_c, 'licence') or '–')))
                        yield ' | '
                        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('ev.sbom.status.', environment.getattr(l_2_c, 'status'), )), _loop_vars=_loop_vars))
                        if environment.getattr(l_2_c, 'optional'):
                            pass
                            yield ', '
                            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.pc.optional', _loop_vars=_loop_vars))
                        if environment.getattr(l_2_c, 'own'):
                            pass
                            yield ', '
                            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sbom.own', _loop_vars=_loop_vars))
                        yield ' |\n'
                    l_2_c = missing
                    if context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'sbom_unlisted'), (undefined(name='bom') if l_1_bom is missing else l_1_bom), _loop_vars=_loop_vars):
                        pass
                        yield '\n'
                        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'sbom_unlisted'), (undefined(name='bom') if l_1_bom is missing else l_1_bom), _loop_vars=_loop_vars))
                        yield '\n'
                elif environment.getattr((undefined(name='bom') if l_1_bom is missing else l_1_bom), 'components'):
                    pass
                    yield '\n'
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sbom.all_open', _loop_vars=_loop_vars))
                    yield '\n'
                if environment.getattr((undefined(name='bom') if l_1_bom is missing else l_1_bom), 'licensing'):
                    pass
                    yield '\n'
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sbom.licensing', _loop_vars=_loop_vars))
                    yield ':\n\n| '
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sbom.component', _loop_vars=_loop_vars))
                    yield ' | '
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sbom.licence', _loop_vars=_loop_vars))
                    yield ' | '
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sbom.types', _loop_vars=_loop_vars))
                    yield ' | '
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sbom.expiration', _loop_vars=_loop_vars))
                    yield ' | '
                    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'ev.sbom.licensor', _loop_vars=_loop_vars))
                    yield ' |\n|---|---|---|---|---|\n'
                    for l_2_t in environment.getattr((undefined(name='bom') if l_1_bom is missing else l_1_bom), 'licensing'):
                        _loop_vars = {}
                        pass
                        yield '| '
                        yield str(t_4(environment.getattr(l_2_t, 'component')))
                        yield ' | '
                        yield str(t_4((environment.getattr(l_2_t, 'licence') or '–')))
                        yield ' | '
                        yield str(t_4((t_1(context.eval_ctx, environment.getattr(l_2_t, 'types'), ', ') or '–')))
                        yield ' | '
                        if environment.getattr(l_2_t, 'expiration'):
                            pass
                            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr(l_2_t, 'expiration'), _loop_vars=_loop_vars))
                        else:
                            pass
                            yield '–'
                        yield ' | '
                        yield str(t_4((environment.getattr(l_2_t, 'licensor') or '–')))
                        yield ' |\n'
                    l_2_t = missing
        l_1_loop = l_1_a = l_1_pc = l_1_sc = l_1_bom = missing
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'evidence_floors'):
        pass
        yield '\n'
        yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.floors'))
        yield '\n\n'
        yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'fl.intro'))
        yield '\n'
        l_0_floor_rows = context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'floor_rows'))
        context.vars['floor_rows'] = l_0_floor_rows
        context.exported_vars.add('floor_rows')
        if (undefined(name='floor_rows') if l_0_floor_rows is missing else l_0_floor_rows):
            pass
            yield '\n| '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.alternative'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'fl.col.requirement'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'fl.col.found'))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'fl.col.outcome'))
            yield ' |\n|---|---|---|---|\n'
            for l_1_row in (undefined(name='floor_rows') if l_0_floor_rows is missing else l_0_floor_rows):
                _loop_vars = {}
                pass
                yield '| '
                yield str(t_4(environment.getitem(l_1_row, 0)))
                yield ' | '
                yield str(t_4(environment.getitem(l_1_row, 1)))
                yield ' | '
                yield str(t_4(environment.getitem(l_1_row, 2)))
                yield ' | '
                yield str(t_4(environment.getitem(l_1_row, 3)))
                yield ' |\n'
            l_1_row = missing
        l_0_unjudged = context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'floors_unjudged'))
        context.vars['unjudged'] = l_0_unjudged
        context.exported_vars.add('unjudged')
        if (undefined(name='unjudged') if l_0_unjudged is missing else l_0_unjudged):
            pass
            yield '\n'
            yield str(t_4((undefined(name='unjudged') if l_0_unjudged is missing else l_0_unjudged)))
            yield '\n'
    yield '\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.costs'))
    yield '\n\n'
    yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'cost_intro'))))
    yield '\n\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'col.item'))
    yield ' |'
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'alternatives'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(t_4(environment.getattr(l_1_a, 'name')))
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
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'cost.nominal_total', count=environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'horizon_years'), years=environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'horizon_years')))
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
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'cost.flows', name=environment.getattr(l_1_a, 'name'), _loop_vars=_loop_vars)))
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
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'cost_item'), l_2_key, _loop_vars=_loop_vars)))
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
                yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'cost_item'), l_2_key, _loop_vars=_loop_vars)))
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
            yield str(t_4(l_1_alternative))
            yield ' | '
            yield str(t_4(l_1_criteria))
            yield ' | '
            yield str(t_4(l_1_gap))
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
            yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'message'), l_1_msg, _loop_vars=_loop_vars)))
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
            yield str(t_4(environment.getattr(l_1_d, 'rule')))
            yield ' | '
            yield str(t_4((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_d, 'alternative'), _loop_vars=_loop_vars) if environment.getattr(l_1_d, 'alternative') else '–')))
            yield ' | '
            yield str(t_4((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'criterion'), environment.getattr(l_1_d, 'criterion'), _loop_vars=_loop_vars) if environment.getattr(l_1_d, 'criterion') else '–')))
            yield ' | '
            yield str(t_4(environment.getattr(l_1_d, 'decision')))
            yield ' | '
            yield str(t_4(environment.getattr(l_1_d, 'approver')))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr(l_1_d, 'expires'), _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_4(environment.getattr(l_1_d, 'justification')))
            yield ' |\n'
        l_1_d = missing
    yield '\n'
    yield str(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'sec.method'))
    yield '\n\n'
    for l_1_parts in context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'method_lines')):
        _loop_vars = {}
        pass
        yield '- '
        yield str(t_1(context.eval_ctx, t_3(context, l_1_parts, 'md'), ' '))
        yield '\n'
    l_1_parts = missing
    yield '\n### '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.title'))
    yield '\n\n| | |\n|---|---|\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.request'))
    yield ' | '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'request_file')))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.request_sha'))
    yield ' | `'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'request_sha256'))
    yield '` |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.catalogue'))
    yield ' | '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'catalogue_id')))
    yield ' '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'catalogue_version')))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.lineage'))
    yield ' | '
    yield str(t_1(context.eval_ctx, t_3(context, t_3(context, environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'catalogue'), 'lineage'), attribute='id'), 'md'), ' → '))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.catalogue_sha'))
    yield ' | `'
    yield str(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'catalogue_sha256'))
    yield '` |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.spdx'))
    yield ' | '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'spdx_list_version')))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.standards'))
    yield ' | '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'standards_list_version')))
    yield ' |\n'
    for l_1_e in environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'evidence'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.evidence', kind=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), str_join(('ev.kind.', environment.getattr(l_1_e, 'kind'), )), _loop_vars=_loop_vars), alternative=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'name'), environment.getattr(l_1_e, 'alternative'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
        yield ' | '
        yield str(t_4(environment.getattr(l_1_e, 'file')))
        yield ' `'
        yield str(environment.getattr(l_1_e, 'sha256'))
        yield '` |\n'
    l_1_e = missing
    yield '| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.tool'))
    yield ' | ossfirst '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'audit'), 'tool_version')))
    yield ' |\n| '
    yield str(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.schema'))
    yield ' | '
    yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'schema_version'))
    yield ' |\n'
    if (undefined(name='command') if l_0_command is missing else l_0_command):
        pass
        yield '\n'
        yield str(t_4(context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'audit.reproduce', command=(undefined(name='command') if l_0_command is missing else l_0_command))))
        yield '\n'

blocks = {}
debug_info = '6=67&7=70&8=73&9=76&10=79&11=97&13=101&17=103&18=107&19=111&20=114&22=118&23=121&25=126&26=130&27=138&28=142&30=146&32=148&35=162&37=168&39=170&40=174&42=177&44=180&46=184&48=187&50=189&51=193&54=196&56=199&57=203&59=206&61=212&62=216&65=224&66=227&68=230&71=233&74=236&76=239&78=241&79=243&81=245&83=253&84=257&87=267&89=269&91=279&93=285&94=289&98=302&100=304&102=307&105=309&107=312&109=314&110=316&111=319&112=321&114=325&117=329&119=331&121=337&122=341&125=349&127=351&129=359&130=363&132=372&134=375&136=377&138=383&139=387&143=396&145=398&147=401&149=403&150=407&155=411&157=414&158=416&160=420&162=423&164=426&166=428&168=436&169=440&170=443&172=452&174=455&177=457&179=460&181=462&183=472&184=476&185=479&190=491&192=493&194=495&196=499&197=503&200=511&202=513&204=529&205=533&206=536&208=557&209=565&211=586&212=594&215=598&218=604&220=606&222=618&224=625&225=632&229=656&231=660&232=664&235=675&237=677&239=689&241=695&242=699&245=726&247=736&248=738&250=742&252=744&253=746&254=750&255=752&257=756&259=758&261=761&264=764&265=767&267=779&268=783&269=786&271=799&272=807&275=819&277=835&279=839&280=843&281=846&284=863&285=871&290=886&291=888&293=892&295=894&297=896&299=910&301=916&302=919&303=923&306=958&308=974&311=984&313=986&314=990&317=995&318=997&320=1001&322=1003&324=1005&326=1007&328=1009&330=1021&331=1025&333=1050&335=1053&337=1055&338=1059&340=1069&342=1073&343=1077&348=1089&351=1092&353=1094&354=1096&356=1100&358=1102&360=1114&361=1119&362=1122&366=1203&367=1206&369=1209&371=1211&372=1213&374=1217&376=1219&377=1233&378=1239&379=1243&383=1275&385=1278&387=1280&388=1282&390=1292&391=1294&392=1296&394=1299&398=1303&399=1312&400=1316&401=1320&402=1324&403=1328&404=1332&405=1336&406=1347&407=1356&408=1360&409=1364&410=1368&411=1372&413=1381&414=1383&416=1386&418=1390&420=1392&422=1404&423=1408&426=1434&427=1436&429=1439&431=1443&432=1445&434=1448&436=1450&438=1458&439=1462&441=1479&443=1482&445=1484&447=1487&449=1489&451=1492&453=1494&455=1504&456=1508&462=1525&464=1528&466=1530&467=1532&468=1535&470=1538&472=1546&473=1550&476=1559&477=1562&479=1565&483=1568&485=1570&487=1572&489=1582&491=1588&493=1598&495=1608&497=1618&499=1628&501=1638&503=1642&505=1644&506=1647&508=1649&509=1653&511=1660&512=1664&516=1673&518=1681&519=1685&523=1696&525=1698&527=1700&528=1703&530=1709&531=1713&534=1722&536=1724&538=1727&540=1729&541=1733&544=1736&546=1739&548=1743&550=1757&551=1761&555=1777&557=1779&558=1783&561=1787&565=1789&566=1793&567=1797&568=1803&569=1807&570=1811&571=1815&572=1819&573=1823&575=1831&576=1835&577=1839&579=1842'
SOURCE_SHA256 = '9d37947306283b524dc08d19f47b53ee2bef777a1acff8ce4025e9ca8dfd17e1'
