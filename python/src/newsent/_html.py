"""HTML rendering of a Document: entities highlighted by label, with a
legend. Inline styles only, so that the highlighting survives Jupyter's
sanitising of untrusted output."""
import html
import re
from typing import List, Sequence

from ._entity import LABELS, Entity

__all__ = ["COLORS", "render"]

COLORS = {
    "PERSON": "#c9b8ff",
    "PLACE": "#ffd580",
    "ORG": "#8ee4e4",
    "DATE": "#b5e3c3",
    "QUANTITY": "#f7bfd6",
}

# Characters that cannot appear in an HTML document as they are: NUL, other
# C0 controls except tab/newline/CR, and lone surrogates (invalid bytes of
# bytes input decoded with surrogateescape).
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _visible(m: "re.Match[str]") -> str:
    c = m.group()
    if c < "\x20":
        return chr(0x2400 + ord(c))  # the control picture
    if c == "\x7f":
        return "\u2421"
    return "\ufffd"


def _esc(s: str) -> str:
    return html.escape(_UNPRINTABLE.sub(_visible, s), quote=False)


def _attr(s: str) -> str:
    return html.escape(_UNPRINTABLE.sub(_visible, s), quote=True)


def _nested(entities: Sequence[Entity]) -> List[Entity]:
    """The entities that nest properly, in document order (start, longest
    first). One that crosses another's boundary cannot be drawn as nested
    elements and is left out of the drawing (it stays in the legend count)."""
    kept: List[Entity] = []
    stack: List[Entity] = []
    for e in sorted(entities, key=lambda x: (x.start, -x.end)):
        if e.end <= e.start:
            continue
        while stack and stack[-1].end <= e.start:
            stack.pop()
        if stack and e.end > stack[-1].end:
            continue
        kept.append(e)
        stack.append(e)
    return kept


def _title(e: Entity) -> str:
    bits = [e.label]
    if e.type and e.type != e.label:
        bits.append(e.type)
    if e.value is not None and e.value != e.text:
        bits.append(f"value: {e.value}")
    if e.unit:
        bits.append(f"unit: {e.unit}")
    if e.geo is not None:
        bits.append(f"GeoNames {e.geo.geonames_id} ({e.geo.country})")
    return " · ".join(str(b) for b in bits)


def _open(e: Entity) -> str:
    return (f'<mark class="ns-ent ns-{e.label}" data-label="{e.label}" '
            f'data-start="{e.start}" data-end="{e.end}" title="{_attr(_title(e))}" '
            f'style="background:{COLORS[e.label]};color:#111;padding:0.15em 0.35em;'
            f'margin:0 0.1em;border-radius:0.35em;line-height:1;'
            f'box-decoration-break:clone;-webkit-box-decoration-break:clone">')


def _close(e: Entity) -> str:
    return (f'<span class="ns-label" style="font-size:0.62em;font-weight:bold;'
            f'letter-spacing:0.03em;margin-left:0.4em;vertical-align:middle;'
            f'opacity:0.75;user-select:none">{e.label}</span></mark>')


def render(text: str, entities: Sequence[Entity], max_chars: int = 200_000) -> str:
    cut = len(text) > max_chars
    shown_text = text[:max_chars] if cut else text
    counts = {lab: 0 for lab in LABELS}
    for e in entities:
        counts[e.label] = counts.get(e.label, 0) + 1
    drawable = [e for e in entities if e.end <= len(shown_text)]
    out: List[str] = []
    out.append('<div class="newsent-doc" style="font-family:-apple-system,'
               'BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif;'
               'font-size:14px;line-height:2.1;color:#111;background:#fff;padding:0.5em">')
    out.append('<div class="newsent-legend" style="margin-bottom:0.6em;line-height:1.8">')
    for lab in LABELS:
        out.append(f'<span class="ns-legend-item" data-label="{lab}" '
                   f'style="background:{COLORS[lab]};padding:0.15em 0.5em;margin-right:0.5em;'
                   f'border-radius:0.35em;font-size:0.8em;font-weight:bold">'
                   f'{lab} <span class="ns-count">{counts[lab]}</span></span>')
    out.append('</div><div class="newsent-text" style="white-space:pre-wrap">')
    pos = 0
    stack: List[Entity] = []
    for e in _nested(drawable):
        while stack and stack[-1].end <= e.start:
            top = stack.pop()
            out.append(_esc(shown_text[pos:top.end]))
            pos = top.end
            out.append(_close(top))
        out.append(_esc(shown_text[pos:e.start]))
        pos = e.start
        out.append(_open(e))
        stack.append(e)
    while stack:
        top = stack.pop()
        out.append(_esc(shown_text[pos:top.end]))
        pos = top.end
        out.append(_close(top))
    out.append(_esc(shown_text[pos:]))
    if cut:
        out.append(f'<div style="color:#777;font-style:italic">… {len(text) - max_chars} '
                   f'more characters not shown</div>')
    out.append("</div></div>")
    return "".join(out)
