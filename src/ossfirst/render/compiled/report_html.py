# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
# Generated from render/templates/report.html.j2 by scripts/compile_templates.py; do not edit.
# ruff: noqa
# type: ignore
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_d = resolve('d')
    l_0_stylesheet = resolve('stylesheet')
    l_0_namespace = resolve('namespace')
    l_0_svg_text = l_0_patterns = l_0_fill = l_0_figure = l_0_cell_body = l_0_table = l_0_paragraphs = l_0_figures = missing
    try:
        t_1 = environment.filters['css_string']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'css_string' found.")
    try:
        t_2 = environment.filters['dash']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'dash' found.")
    try:
        t_3 = environment.filters['isolated']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'isolated' found.")
    try:
        t_4 = environment.filters['sum']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'sum' found.")
    pass
    def macro(l_1_s):
        t_5 = []
        l_1_x = missing
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        l_1_x = (environment.getattr(l_1_s, 'x') if (environment.getattr(l_1_s, 'align') == 'start') else ((environment.getattr(l_1_s, 'x') + environment.getattr(l_1_s, 'w')) if (environment.getattr(l_1_s, 'align') == 'end') else (environment.getattr(l_1_s, 'x') + (environment.getattr(l_1_s, 'w') / 2))))
        t_5.extend((
            '<text x="',
            escape(('%.2f' % (undefined(name='x') if l_1_x is missing else l_1_x))),
            '" y="',
            escape(('%.2f' % (environment.getattr(l_1_s, 'y') + (environment.getattr(l_1_s, 'size') * 0.95)))),
            '" font-size="',
            escape(environment.getattr(l_1_s, 'size')),
            '" text-anchor="',
            escape(environment.getattr(l_1_s, 'align')),
            '"',
        ))
        if environment.getattr(l_1_s, 'bold'):
            pass
            t_5.append(
                ' font-weight="bold"',
            )
        t_5.append(
            '>',
        )
        l_2_loop = missing
        for l_2_line, l_2_loop in LoopContext(environment.getattr(l_1_s, 'lines'), undefined):
            _loop_vars = {}
            pass
            t_5.extend((
                '<tspan x="',
                escape(('%.2f' % (undefined(name='x') if l_1_x is missing else l_1_x))),
                '"',
            ))
            if (not environment.getattr(l_2_loop, 'first')):
                pass
                t_5.extend((
                    ' dy="',
                    escape(('%.2f' % (environment.getattr(l_1_s, 'size') * 1.25))),
                    '"',
                ))
            t_5.extend((
                '>',
                escape(l_2_line),
                '</tspan>',
            ))
        l_2_loop = l_2_line = missing
        t_5.append(
            '</text>\n',
        )
        return concat(t_5)
    context.exported_vars.add('svg_text')
    context.vars['svg_text'] = l_0_svg_text = Macro(environment, macro, 'svg_text', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_prefix):
        t_6 = []
        if l_1_prefix is missing:
            l_1_prefix = undefined("parameter 'prefix' was not provided", name='prefix')
        pass
        t_6.append(
            '<defs>\n',
        )
        l_2_loop = missing
        for l_2_s, l_2_loop in LoopContext(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'series'), undefined):
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_s, 'hatch') != 'none'):
                pass
                t_6.extend((
                    '<pattern id="',
                    escape(l_1_prefix),
                    '-',
                    escape(environment.getattr(l_2_loop, 'index0')),
                    '" width="4" height="4" patternUnits="userSpaceOnUse">\n<rect width="4" height="4" fill="',
                    escape(environment.getattr(l_2_s, 'fill')),
                    '"/>\n',
                ))
                if (environment.getattr(l_2_s, 'hatch') == 'diagonal'):
                    pass
                    t_6.extend((
                        '<path d="M0 4L4 0" stroke="',
                        escape(environment.getattr(l_2_s, 'stroke')),
                        '" stroke-width="0.6"/>\n',
                    ))
                elif (environment.getattr(l_2_s, 'hatch') == 'cross'):
                    pass
                    t_6.extend((
                        '<path d="M0 4L4 0M0 0L4 4" stroke="',
                        escape(environment.getattr(l_2_s, 'stroke')),
                        '" stroke-width="0.6"/>\n',
                    ))
                elif (environment.getattr(l_2_s, 'hatch') == 'horizontal'):
                    pass
                    t_6.extend((
                        '<path d="M0 2H4" stroke="',
                        escape(environment.getattr(l_2_s, 'stroke')),
                        '" stroke-width="0.6"/>\n',
                    ))
                elif (environment.getattr(l_2_s, 'hatch') == 'dots'):
                    pass
                    t_6.extend((
                        '<circle cx="2" cy="2" r="0.7" fill="',
                        escape(environment.getattr(l_2_s, 'stroke')),
                        '"/>\n',
                    ))
                t_6.append(
                    '</pattern>\n',
                )
        l_2_loop = l_2_s = missing
        t_6.append(
            '</defs>\n',
        )
        return concat(t_6)
    context.exported_vars.add('patterns')
    context.vars['patterns'] = l_0_patterns = Macro(environment, macro, 'patterns', ('prefix',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_prefix, l_1_index):
        t_7 = []
        if l_1_prefix is missing:
            l_1_prefix = undefined("parameter 'prefix' was not provided", name='prefix')
        if l_1_index is missing:
            l_1_index = undefined("parameter 'index' was not provided", name='index')
        pass
        if (environment.getattr(environment.getitem(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'series'), l_1_index), 'hatch') == 'none'):
            pass
            t_7.append(
                escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'series'), l_1_index), 'fill')),
            )
        else:
            pass
            t_7.extend((
                'url(#',
                escape(l_1_prefix),
                '-',
                escape(l_1_index),
                ')',
            ))
        return concat(t_7)
    context.exported_vars.add('fill')
    context.vars['fill'] = l_0_fill = Macro(environment, macro, 'fill', ('prefix', 'index'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_b, l_1_n):
        t_8 = []
        l_1_prefix = missing
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        if l_1_n is missing:
            l_1_n = undefined("parameter 'n' was not provided", name='n')
        pass
        l_1_prefix = markup_join(('fig', l_1_n, ))
        t_8.extend((
            '<figure class="chart">\n<svg role="img" aria-labelledby="',
            escape((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix)),
            '-title ',
            escape((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix)),
            '-desc" viewBox="0 0 ',
            escape(environment.getattr(environment.getattr(l_1_b, 'chart'), 'width')),
            ' ',
            escape(environment.getattr(environment.getattr(l_1_b, 'chart'), 'height')),
            '" width="',
            escape(environment.getattr(environment.getattr(l_1_b, 'chart'), 'width')),
            '" height="',
            escape(environment.getattr(environment.getattr(l_1_b, 'chart'), 'height')),
            '">\n<title id="',
            escape((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix)),
            '-title">',
            escape(environment.getattr(l_1_b, 'label')),
            ': ',
            escape(environment.getattr(l_1_b, 'caption')),
            '</title>\n<desc id="',
            escape((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix)),
            '-desc">',
            escape(environment.getattr(l_1_b, 'alt')),
            '</desc>\n',
            escape(context.call((undefined(name='patterns') if l_0_patterns is missing else l_0_patterns), (undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))),
            '\n',
        ))
        l_2_loop = missing
        for l_2_s, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_b, 'chart'), 'shapes'), undefined):
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_s, 'kind') == 'rect'):
                pass
                t_8.extend((
                    '<rect x="',
                    escape(environment.getattr(l_2_s, 'x')),
                    '" y="',
                    escape(environment.getattr(l_2_s, 'y')),
                    '" width="',
                    escape(environment.getattr(l_2_s, 'w')),
                    '" height="',
                    escape(environment.getattr(l_2_s, 'h')),
                    '" fill="',
                    escape(context.call((undefined(name='fill') if l_0_fill is missing else l_0_fill), (undefined(name='prefix') if l_1_prefix is missing else l_1_prefix), environment.getattr(l_2_s, 'series'), _loop_vars=_loop_vars)),
                    '" stroke="',
                    escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'series'), environment.getattr(l_2_s, 'series')), 'stroke')),
                    '" stroke-width="0.5"/>\n',
                ))
            elif (environment.getattr(l_2_s, 'kind') == 'line'):
                pass
                t_8.extend((
                    '<line x1="',
                    escape(environment.getattr(l_2_s, 'x1')),
                    '" y1="',
                    escape(environment.getattr(l_2_s, 'y1')),
                    '" x2="',
                    escape(environment.getattr(l_2_s, 'x2')),
                    '" y2="',
                    escape(environment.getattr(l_2_s, 'y2')),
                    '" stroke="',
                    escape(environment.getattr(l_2_s, 'stroke')),
                    '" stroke-width="',
                    escape(environment.getattr(l_2_s, 'width')),
                    '"/>\n',
                ))
            elif (environment.getattr(l_2_s, 'kind') == 'polygon'):
                pass
                t_8.append(
                    '<polygon points="',
                )
                l_3_loop = missing
                for l_3_p, l_3_loop in LoopContext(environment.getattr(l_2_s, 'points'), undefined):
                    _loop_vars = {}
                    pass
                    t_8.extend((
                        escape(environment.getitem(l_3_p, 0)),
                        ',',
                        escape(environment.getitem(l_3_p, 1)),
                    ))
                    if (not environment.getattr(l_3_loop, 'last')):
                        pass
                        t_8.append(
                            ' ',
                        )
                l_3_loop = l_3_p = missing
                t_8.extend((
                    '" fill="',
                    escape((environment.getattr(l_2_s, 'fill') or 'none')),
                    '" stroke="',
                    escape(environment.getattr(l_2_s, 'stroke')),
                    '" stroke-width="',
                    escape(environment.getattr(l_2_s, 'width')),
                    '" stroke-linejoin="round"',
                ))
                if (environment.getattr(l_2_s, 'dash') != 'solid'):
                    pass
                    t_8.extend((
                        ' stroke-dasharray="',
                        escape(t_2(environment.getattr(l_2_s, 'dash'))),
                        '"',
                    ))
                t_8.append(
                    '/>\n',
                )
            elif (environment.getattr(l_2_s, 'kind') == 'text'):
                pass
                t_8.extend((
                    escape(context.call((undefined(name='svg_text') if l_0_svg_text is missing else l_0_svg_text), l_2_s, _loop_vars=_loop_vars)),
                    '\n',
                ))
        l_2_loop = l_2_s = missing
        t_8.append(
            '</svg>\n',
        )
        if environment.getattr(l_1_b, 'legend'):
            pass
            t_8.append(
                '<ul class="legend" aria-hidden="true">\n',
            )
            l_2_loop = missing
            for l_2_item, l_2_loop in LoopContext(environment.getattr(l_1_b, 'legend'), undefined):
                l_2_look = missing
                _loop_vars = {}
                pass
                l_2_look = environment.getitem(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'series'), environment.getattr(l_2_item, 'series'))
                _loop_vars['look'] = l_2_look
                t_8.append(
                    '<li><svg width="18" height="10" viewBox="0 0 18 10">',
                )
                if (environment.getattr(l_2_item, 'mode') == 'fill'):
                    pass
                    t_8.extend((
                        '<rect x="1" y="1" width="12" height="8" fill="',
                        escape(context.call((undefined(name='fill') if l_0_fill is missing else l_0_fill), (undefined(name='prefix') if l_1_prefix is missing else l_1_prefix), environment.getattr(l_2_item, 'series'), _loop_vars=_loop_vars)),
                        '" stroke="',
                        escape(environment.getattr((undefined(name='look') if l_2_look is missing else l_2_look), 'stroke')),
                        '" stroke-width="0.5"/>',
                    ))
                else:
                    pass
                    t_8.extend((
                        '<line x1="0" y1="5" x2="18" y2="5" stroke="',
                        escape(environment.getattr((undefined(name='look') if l_2_look is missing else l_2_look), 'stroke')),
                        '" stroke-width="1.6"',
                    ))
                    if (environment.getattr((undefined(name='look') if l_2_look is missing else l_2_look), 'dash') != 'solid'):
                        pass
                        t_8.extend((
                            ' stroke-dasharray="',
                            escape(t_2(environment.getattr((undefined(name='look') if l_2_look is missing else l_2_look), 'dash'))),
                            '"',
                        ))
                    t_8.append(
                        '/><polygon points="',
                    )
                    l_3_loop = missing
                    for l_3_p, l_3_loop in LoopContext(environment.getattr(l_2_item, 'marker'), undefined):
                        _loop_vars = {}
                        pass
                        t_8.extend((
                            escape(environment.getitem(l_3_p, 0)),
                            ',',
                            escape(environment.getitem(l_3_p, 1)),
                        ))
                        if (not environment.getattr(l_3_loop, 'last')):
                            pass
                            t_8.append(
                                ' ',
                            )
                    l_3_loop = l_3_p = missing
                    t_8.extend((
                        '" fill="',
                        escape(environment.getattr((undefined(name='look') if l_2_look is missing else l_2_look), 'stroke')),
                        '"/>',
                    ))
                t_8.extend((
                    '</svg>',
                    escape(environment.getattr(l_2_item, 'label')),
                    '</li>\n',
                ))
            l_2_loop = l_2_item = l_2_look = missing
            t_8.append(
                '</ul>\n',
            )
        t_8.extend((
            '<figcaption><span class="label">',
            escape(environment.getattr(l_1_b, 'label')),
            ':</span> ',
            escape(t_3(environment.getattr(l_1_b, 'caption'))),
            '</figcaption>\n</figure>\n',
        ))
        return concat(t_8)
    context.exported_vars.add('figure')
    context.vars['figure'] = l_0_figure = Macro(environment, macro, 'figure', ('b', 'n'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_c):
        t_9 = []
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        pass
        if environment.getattr(l_1_c, 'mono'):
            pass
            t_9.extend((
                '<code>',
                escape(environment.getattr(l_1_c, 'text')),
                '</code>',
            ))
        elif environment.getattr(l_1_c, 'strong'):
            pass
            t_9.extend((
                '<strong>',
                escape(t_3(environment.getattr(l_1_c, 'text'))),
                '</strong>',
            ))
        else:
            pass
            t_9.append(
                escape(t_3(environment.getattr(l_1_c, 'text'))),
            )
        for l_2_n in environment.getattr(l_1_c, 'notes'):
            _loop_vars = {}
            pass
            t_9.append(
                '<span class="note">',
            )
            if environment.getattr(l_2_n, 'mono'):
                pass
                t_9.extend((
                    '<code>',
                    escape(environment.getattr(l_2_n, 'text')),
                    '</code>',
                ))
            else:
                pass
                t_9.append(
                    escape(t_3(environment.getattr(l_2_n, 'text'))),
                )
            t_9.append(
                '</span>',
            )
        l_2_n = missing
        return concat(t_9)
    context.exported_vars.add('cell_body')
    context.vars['cell_body'] = l_0_cell_body = Macro(environment, macro, 'cell_body', ('c',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_b):
        t_10 = []
        l_1_total = missing
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_10.extend((
            '<div class="table">\n<table>\n<caption><span class="label">',
            escape(environment.getattr(l_1_b, 'label')),
            ':</span> ',
            escape(t_3(environment.getattr(l_1_b, 'caption'))),
            '</caption>\n',
        ))
        l_1_total = t_4(environment, environment.getattr(l_1_b, 'columns'), attribute='width')
        t_10.append(
            '<colgroup>\n',
        )
        for l_2_c in environment.getattr(l_1_b, 'columns'):
            _loop_vars = {}
            pass
            t_10.extend((
                '<col style="width: ',
                escape(('%.1f' % ((environment.getattr(l_2_c, 'width') / (undefined(name='total') if l_1_total is missing else l_1_total)) * 100))),
                '%">\n',
            ))
        l_2_c = missing
        t_10.append(
            '</colgroup>\n<thead>\n<tr>\n',
        )
        for l_2_c in environment.getattr(l_1_b, 'columns'):
            _loop_vars = {}
            pass
            t_10.extend((
                '<th scope="col" class="',
                escape(environment.getattr(l_2_c, 'align')),
                '">',
                escape(t_3(environment.getattr(l_2_c, 'label'))),
                '</th>\n',
            ))
        l_2_c = missing
        t_10.append(
            '</tr>\n</thead>\n<tbody>\n',
        )
        l_2_loop = missing
        for l_2_row, l_2_loop in LoopContext(environment.getattr(l_1_b, 'rows'), undefined):
            _loop_vars = {}
            pass
            t_10.append(
                '<tr',
            )
            if environment.getattr(l_2_row, 'strong'):
                pass
                t_10.append(
                    ' class="total"',
                )
            t_10.append(
                '>\n',
            )
            l_3_loop = missing
            for l_3_c, l_3_loop in LoopContext(environment.getattr(l_2_row, 'cells'), undefined):
                l_3_align = missing
                _loop_vars = {}
                pass
                l_3_align = environment.getattr(environment.getitem(environment.getattr(l_1_b, 'columns'), environment.getattr(l_3_loop, 'index0')), 'align')
                _loop_vars['align'] = l_3_align
                if (environment.getattr(l_3_loop, 'first') and environment.getattr(l_1_b, 'row_headers')):
                    pass
                    t_10.extend((
                        '<th scope="row" class="',
                        escape((undefined(name='align') if l_3_align is missing else l_3_align)),
                        '">',
                        escape(context.call((undefined(name='cell_body') if l_0_cell_body is missing else l_0_cell_body), l_3_c, _loop_vars=_loop_vars)),
                        '</th>\n',
                    ))
                else:
                    pass
                    t_10.extend((
                        '<td class="',
                        escape((undefined(name='align') if l_3_align is missing else l_3_align)),
                        '">',
                        escape(context.call((undefined(name='cell_body') if l_0_cell_body is missing else l_0_cell_body), l_3_c, _loop_vars=_loop_vars)),
                        '</td>\n',
                    ))
            l_3_loop = l_3_c = l_3_align = missing
            t_10.append(
                '</tr>\n',
            )
        l_2_loop = l_2_row = missing
        t_10.append(
            '</tbody>\n</table>\n</div>\n',
        )
        return concat(t_10)
    context.exported_vars.add('table')
    context.vars['table'] = l_0_table = Macro(environment, macro, 'table', ('b',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_ps, l_1_strong):
        t_11 = []
        if l_1_ps is missing:
            l_1_ps = undefined("parameter 'ps' was not provided", name='ps')
        if l_1_strong is missing:
            l_1_strong = False
        pass
        l_2_loop = missing
        for l_2_p, l_2_loop in LoopContext(l_1_ps, undefined):
            _loop_vars = {}
            pass
            t_11.append(
                '<p>',
            )
            if l_1_strong:
                pass
                t_11.append(
                    '<strong>',
                )
            l_3_loop = missing
            for l_3_line, l_3_loop in LoopContext(l_2_p, undefined):
                _loop_vars = {}
                pass
                t_11.append(
                    escape(t_3(l_3_line)),
                )
                if (not environment.getattr(l_3_loop, 'last')):
                    pass
                    t_11.append(
                        '<br>',
                    )
            l_3_loop = l_3_line = missing
            if l_1_strong:
                pass
                t_11.append(
                    '</strong>',
                )
            t_11.append(
                '</p>\n',
            )
        l_2_loop = l_2_p = missing
        return concat(t_11)
    context.exported_vars.add('paragraphs')
    context.vars['paragraphs'] = l_0_paragraphs = Macro(environment, macro, 'paragraphs', ('ps', 'strong'), False, False, False, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'lang'))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">\n<meta name="generator" content="'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'tool'))
    yield '">\n<meta name="description" content="'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'subtitle'))
    yield '">\n<title>'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'title'))
    yield ': '
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'request_title'))
    yield '</title>\n<style>\n'
    yield escape((undefined(name='stylesheet') if l_0_stylesheet is missing else l_0_stylesheet))
    yield '\n@page {\n  @top-left { content: '
    yield escape(t_1(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'header')))
    yield '; }\n  @top-right { content: '
    yield escape(t_1(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'title')))
    yield '; }\n  @bottom-left { content: '
    yield escape(t_1(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'organisation')))
    yield '; }\n  @bottom-right { content:'
    for l_1_part in environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'footer'):
        _loop_vars = {}
        pass
        yield ' '
        if (l_1_part == '{page}'):
            pass
            yield 'counter(page)'
        elif (l_1_part == '{pages}'):
            pass
            yield 'counter(pages)'
        else:
            pass
            yield escape(t_1(l_1_part))
    l_1_part = missing
    yield '; }\n}\n</style>\n</head>\n<body>\n<a class="skip" href="#main">'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'skip'))
    yield '</a>\n<header class="title-block">\n<p class="organisation">'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'organisation'))
    if environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'department'):
        pass
        yield ' · '
        yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'department'))
    yield '</p>\n<h1>'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'title'))
    yield '<span class="request-title">'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'request_title'))
    yield '</span></h1>\n<p class="subtitle">'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'subtitle'))
    yield '</p>\n<dl class="meta">\n'
    for l_1_m in environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'meta'):
        _loop_vars = {}
        pass
        yield '<div><dt>'
        yield escape(environment.getattr(l_1_m, 'label'))
        yield '</dt><dd>'
        yield escape(t_3(environment.getattr(l_1_m, 'value')))
        yield '</dd></div>\n'
    l_1_m = missing
    yield '</dl>\n</header>\n<nav aria-labelledby="contents-title">\n<h2 id="contents-title">'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'contents'))
    yield '</h2>\n<ol>\n'
    for l_1_s in environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'sections'):
        _loop_vars = {}
        pass
        yield '<li><a href="#'
        yield escape(environment.getattr(l_1_s, 'id'))
        yield '">'
        yield escape(environment.getattr(l_1_s, 'number'))
        yield '. '
        yield escape(environment.getattr(l_1_s, 'title'))
        yield '</a></li>\n'
    l_1_s = missing
    yield '</ol>\n</nav>\n<main id="main">\n'
    l_0_figures = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), n=0)
    context.vars['figures'] = l_0_figures
    context.exported_vars.add('figures')
    for l_1_s in environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'sections'):
        _loop_vars = {}
        pass
        yield '<section id="'
        yield escape(environment.getattr(l_1_s, 'id'))
        yield '" aria-labelledby="'
        yield escape(environment.getattr(l_1_s, 'id'))
        yield '-title">\n<h2 id="'
        yield escape(environment.getattr(l_1_s, 'id'))
        yield '-title">'
        yield escape(environment.getattr(l_1_s, 'number'))
        yield '. '
        yield escape(environment.getattr(l_1_s, 'title'))
        yield '</h2>\n'
        for l_2_b in environment.getattr(l_1_s, 'blocks'):
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_b, 'type') == 'paragraph'):
                pass
                yield escape(context.call((undefined(name='paragraphs') if l_0_paragraphs is missing else l_0_paragraphs), environment.getattr(l_2_b, 'paragraphs'), environment.getattr(l_2_b, 'strong'), _loop_vars=_loop_vars))
                yield '\n'
            elif (environment.getattr(l_2_b, 'type') == 'list'):
                pass
                yield '<ul>\n'
                for l_3_item in environment.getattr(l_2_b, 'entries'):
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    if environment.getattr(l_3_item, 'lead'):
                        pass
                        yield '<strong>'
                        yield escape(t_3(environment.getattr(l_3_item, 'lead')))
                        yield '</strong> '
                    yield escape(t_3(environment.getattr(l_3_item, 'text')))
                    yield '</li>\n'
                l_3_item = missing
                yield '</ul>\n'
            elif (environment.getattr(l_2_b, 'type') == 'quote'):
                pass
                yield '<blockquote>\n<p class="quote-label"><strong>'
                yield escape(environment.getattr(l_2_b, 'label'))
                yield ':</strong></p>\n'
                yield escape(context.call((undefined(name='paragraphs') if l_0_paragraphs is missing else l_0_paragraphs), environment.getattr(l_2_b, 'paragraphs'), _loop_vars=_loop_vars))
                yield '\n</blockquote>\n'
            elif (environment.getattr(l_2_b, 'type') == 'verdict'):
                pass
                yield '<div class="verdict '
                yield escape(('holds' if environment.getattr(l_2_b, 'holds') else 'violated'))
                yield '">\n<dl>\n'
                for l_3_row in environment.getattr(l_2_b, 'rows'):
                    _loop_vars = {}
                    pass
                    yield '<div><dt>'
                    yield escape(environment.getattr(l_3_row, 'label'))
                    yield '</dt><dd>'
                    yield escape(t_3(environment.getattr(l_3_row, 'value')))
                    yield '</dd></div>\n'
                l_3_row = missing
                yield '</dl>\n<p class="policy">'
                yield escape(environment.getattr(l_2_b, 'policy'))
                yield '</p>\n</div>\n'
            elif (environment.getattr(l_2_b, 'type') == 'table'):
                pass
                yield escape(context.call((undefined(name='table') if l_0_table is missing else l_0_table), l_2_b, _loop_vars=_loop_vars))
                yield '\n'
            elif (environment.getattr(l_2_b, 'type') == 'figure'):
                pass
                if not isinstance(l_0_figures, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_figures['n'] = (environment.getattr((undefined(name='figures') if l_0_figures is missing else l_0_figures), 'n') + 1)
                yield escape(context.call((undefined(name='figure') if l_0_figure is missing else l_0_figure), l_2_b, environment.getattr((undefined(name='figures') if l_0_figures is missing else l_0_figures), 'n'), _loop_vars=_loop_vars))
                yield '\n'
            elif (environment.getattr(l_2_b, 'type') == 'subheading'):
                pass
                yield '<h'
                yield escape(environment.getattr(l_2_b, 'level'))
                yield '>'
                yield escape(t_3(environment.getattr(l_2_b, 'text')))
                yield '</h'
                yield escape(environment.getattr(l_2_b, 'level'))
                yield '>\n'
        l_2_b = missing
        yield '</section>\n'
    l_1_s = missing
    yield '</main>\n<footer>\n<p>'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'header'))
    yield ' · '
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'tool'))
    yield '</p>\n</footer>\n</body>\n</html>\n'

blocks = {}
debug_info = '7=39&8=45&9=48&10=66&13=93&15=102&16=105&17=109&18=113&19=116&20=120&21=123&22=127&23=130&24=134&25=137&26=141&33=154&34=178&35=186&37=189&38=201&39=207&40=211&41=215&42=218&43=222&44=235&45=239&46=252&47=258&48=291&49=294&53=301&55=307&56=311&57=316&61=373&64=381&65=386&66=405&68=430&71=438&72=443&74=447&75=452&80=459&81=464&86=474&87=480&88=489&89=493&90=495&91=499&93=508&102=524&103=532&104=538&108=569&113=571&114=573&115=575&117=579&119=581&120=583&121=585&122=587&127=602&129=604&130=610&131=614&133=616&134=620&139=626&141=628&142=632&147=640&148=643&149=647&150=651&151=657&152=660&153=662&154=664&156=667&157=671&160=680&162=683&163=685&165=687&166=690&168=692&169=696&172=702&174=704&175=706&176=708&177=712&178=713&179=715&180=718&187=728'
SOURCE_SHA256 = 'd419b18370e61fb6c4d8aa3dd3b2c2ee1b5103969d7ab9bfed70226de542d2ed'
