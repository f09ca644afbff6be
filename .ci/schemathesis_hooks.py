"""schemathesis hooks for .ci/schemathesis.sh (loaded through SCHEMATHESIS_HOOKS).

openapi.yaml declares the application/yaml body of GET /openapi.yaml as a string: the YAML text, handed
to a client as text, which is what generated clients need (an object schema there made them drop the
response). schemathesis would validate the parsed YAML against that schema instead; this deserializer
still parses the body (malformed YAML fails the check) and hands the text itself to the validation.
"""

from functools import lru_cache

import schemathesis
import yaml

YAML_MEDIA_TYPES = ("text/yaml", "text/x-yaml", "application/x-yaml", "text/vnd.yaml", "application/yaml")


@lru_cache(maxsize=4)
def _check_yaml(text: str) -> None:
    # raises on a body that is not YAML; the body is the same on every call, so it is parsed once
    yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@schemathesis.deserializer(*YAML_MEDIA_TYPES)
def yaml_as_text(ctx, response):
    text = response.content.decode(response.encoding or "utf-8")
    _check_yaml(text)
    return text
