"""The little of Mustache that alembic4j's revision templates use: {{name}} and {{#name}}...{{/name}}
sections (shown when the value is not empty), with standalone section tags taking their line along.
No HTML escaping, as alembic4j renders them."""

from __future__ import annotations

import re

_SECTION = re.compile(r"^[ \t]*\{\{#(\w+)\}\}[ \t]*\n(.*?)^[ \t]*\{\{/\1\}\}[ \t]*\n", re.MULTILINE | re.DOTALL)
_INLINE_SECTION = re.compile(r"\{\{#(\w+)\}\}(.*?)\{\{/\1\}\}", re.DOTALL)
_VARIABLE = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def render(template: str, values: dict[str, str]) -> str:
    def section(m: re.Match) -> str:
        return m.group(2) if values.get(m.group(1)) else ""

    text = _SECTION.sub(section, template)
    text = _INLINE_SECTION.sub(section, text)

    def variable(m: re.Match) -> str:
        if m.group(1) not in values:
            raise KeyError(f"the revision template uses {{{{{m.group(1)}}}}}, which the bench does not fill in")
        return values[m.group(1)]

    return _VARIABLE.sub(variable, text)
