"""Build the optional C fast paths of the entity recogniser.

Everything else is declared in pyproject.toml.  The extension is optional: where
no C compiler is available the package installs without it and runs the same
scans in pure Python (slower on large archives).
"""

import os

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "briefing_tui.entities._scanner",
            sources=["src/briefing_tui/entities/_scanner.c"],
            extra_compile_args=["-O2"] if os.name == "posix" else [],
            optional=True,
        )
    ]
)
