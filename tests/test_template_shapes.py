"""Spec shapes today's pages do not use, through the whole pipeline: what a new page would get."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import normalize as n
import yaml
from fold import fold_models, write_fold_data

ROOT = Path(__file__).resolve().parent.parent

SHAPES = """
paths:
  /things/upload:
    post:
      operationId: upload
      tags: [things]
      requestBody: {required: true, content: {multipart/form-data: {schema: {$ref: '#/components/schemas/Upload'}}}}
      responses: {'200': {description: ok}}
  /things/both:
    post:
      operationId: both
      tags: [things]
      requestBody:
        required: true
        content:
          application/json: {schema: {$ref: '#/components/schemas/Form'}}
          application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Form'}}
      responses: {'200': {description: ok}}
  /things/status:
    get:
      operationId: status
      tags: [things]
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Color'}}}}}
  /things/one:
    get:
      operationId: one
      tags: [things]
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}
components:
  schemas:
    Color: {type: string, enum: [red, blue]}
    Level: {type: integer, enum: [1, 2, 3]}
    Upload: {type: object, properties: {file: {type: string, format: binary}, note: {type: string}}, required: [file]}
    Form: {type: object, properties: {name: {type: string}}}
    Thing:
      type: object
      properties:
        color: {allOf: [{$ref: '#/components/schemas/Color'}], description: its colour}
        level: {$ref: '#/components/schemas/Level'}
"""

CHECKS = """
import inspect
from io import BytesIO

import httpx

from elevenlabs_api.api import things
from elevenlabs_api.api.things import things_upload
from elevenlabs_api.models import Form, Thing, Upload
from elevenlabs_api.types import File

# multipart: httpx must write the Content-Type, with the boundary it used
kwargs = things_upload._get_kwargs(body=Upload(file=File(payload=BytesIO(b"data"), file_name="a.txt")))
request = httpx.Client(base_url="http://test").build_request(**kwargs)
assert request.headers["content-type"].startswith("multipart/form-data; boundary="), request.headers

# two request content types: the resource method takes the body as `request=`, as the official SDK does
assert "request" in inspect.signature(things.ThingsResource.both).parameters

# an enum as the whole response body parses (its check function is imported where it is used)
assert things._parse_things_status(httpx.Response(200, json="red")) == "red"

# response enums wrapped in allOf, and integer enums, take known and unknown values
for body in ({"color": "red", "level": 2}, {"color": "green", "level": 7}):
    thing = Thing.from_dict(body)
    assert (thing.color, thing.level) == (body["color"], body["level"]), thing
    assert thing.to_dict() == body
print("ok")
"""


def test_shapes_a_new_page_might_use(tmp_path: Path) -> None:
    spec = n.normalize({"openapi": "3.1.0", **yaml.safe_load(SHAPES)}, whole_file="shapes.yaml")
    thing = spec["components"]["schemas"]["Thing"]["properties"]
    assert thing["color"] == {
        "description": "its colour",
        "anyOf": [{"$ref": "#/components/schemas/Color"}, {"type": "string"}],
    }
    assert thing["level"] == {"anyOf": [{"$ref": "#/components/schemas/Level"}, {"type": "integer"}]}
    (tmp_path / "spec.json").write_text(n.dump_json({**spec, "info": {"title": "shapes", "version": "1"}}))
    templates = Path(shutil.copytree(ROOT / "templates", tmp_path / "templates"))
    (templates / "spec_data.jinja").write_text(n.as_jinja(n.template_data(spec)))
    write_fold_data(tmp_path / "spec.json", templates / "fold_data.jinja")
    generate = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        f"--path={tmp_path / 'spec.json'}",
        f"--config={ROOT / 'generator-config.yaml'}",
        f"--custom-template-path={templates}",
        "--meta=uv",
        f"--output-path={tmp_path / 'generated'}",
        "--fail-on-warning",
    ]
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"}
    result = subprocess.run(generate, capture_output=True, text=True, check=False, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    # What scripts/generate.py does next: the Literal enums gathered into models/_literals.py, the models
    # nested by one model only written into its module, and the stubs.
    fold_models(tmp_path / "generated" / "elevenlabs_api" / "models", templates)
    check = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHECKS)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path / "generated",
    )
    assert check.stdout.strip() == "ok", check.stdout + check.stderr
