"""``python -m textmetrics.cli``: the same command as the ``textmetrics`` console script."""

from .commands import main

if __name__ == "__main__":
    main()
