"""The textmetrics HTTP service (Flask): ``create_app()`` builds it, ``serve.run()`` runs it under gunicorn.

The contract is openapi.yaml, shipped inside the package and served at ``GET /openapi.yaml``.
"""

from .app import create_app

__all__ = ["create_app"]
