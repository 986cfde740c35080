"""The user's reader settings: a keymap and a default theme, from ``config.yaml``.

```yaml
theme: textual-light          # optional; a theme chosen in the palette wins
keymap:                       # binding id: keys, comma separated
  article.next-sentence: j,down,ctrl+n
  app.quit: q,ctrl+q
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefing_tui.paths import user_config_dir
from briefing_tui.problems import Problem

CONFIG_NAME = "config.yaml"


@dataclass
class ReaderSettings:
    """What the config file asks of the reader, and what was wrong with it."""

    keymap: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    problems: list[Problem] = field(default_factory=list)


def config_path() -> Path:
    """Where the reader's config file lives."""
    return user_config_dir() / CONFIG_NAME


def load_settings(path: Path | None = None) -> ReaderSettings:
    """Read the config file; a missing file means defaults, a broken one is reported."""
    path = path or config_path()
    settings = ReaderSettings()
    if not path.exists():
        return settings
    from briefing_tui import safeyaml

    try:
        data = safeyaml.loads(safeyaml.read_text(path))
    except safeyaml.YamlProblem as exc:
        settings.problems.append(Problem(path, exc.line, exc.message))
        return settings
    except OSError as exc:
        settings.problems.append(Problem(path, 1, f"cannot read the file: {exc.strerror}"))
        return settings
    if data is None:
        return settings
    if not isinstance(data, dict):
        settings.problems.append(Problem(path, 1, "the config must be a mapping (theme, keymap)"))
        return settings
    theme = data.get("theme")
    if theme is not None:
        if isinstance(theme, str) and theme.strip():
            settings.theme = theme.strip()
        else:
            line = safeyaml.line_of(data, "theme")
            settings.problems.append(Problem(path, line, "'theme' must be a theme name"))
    keymap = data.get("keymap")
    if keymap is None:
        return settings
    if not isinstance(keymap, dict):
        line = safeyaml.line_of(data, "keymap")
        settings.problems.append(
            Problem(path, line, "'keymap' must map binding ids to keys, like 'app.quit: q'")
        )
        return settings
    for binding_id, keys in keymap.items():
        line = safeyaml.line_of(keymap, binding_id)
        if isinstance(keys, list):
            keys = ",".join(str(k) for k in keys)
        if not isinstance(binding_id, str) or not isinstance(keys, str) or not keys.strip():
            settings.problems.append(
                Problem(path, line, f"keymap entry {binding_id!r} must be a binding id and keys")
            )
            continue
        settings.keymap[binding_id] = ",".join(k.strip() for k in keys.split(",") if k.strip())
    return settings
