#!/usr/bin/env python3
"""Trunk post-build hook: makes the release build an offline-first PWA with a strict CSP.

- writes sw.js from pwa/sw.js, with the build's version (a hash of every file) and the list
  of files to precache;
- pins Trunk's inline start-up script by its SHA-256 in a Content-Security-Policy meta tag,
  so that no other inline script can run;
- bundles the stylesheets into one file, in their order, without comments or indentation:
  one brotli stream compresses them far better than nine (10.0 KB -> 6.1 KB).
Runs in Trunk's staging directory (TRUNK_STAGING_DIR); standard library only.
"""
import base64
import hashlib
import json
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or sys.argv[1]
source = os.environ.get("TRUNK_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

index_path = os.path.join(staging, "index.html")
with open(index_path, encoding="utf-8") as f:
    index = f.read()


def bundle_css(index):
    """Concatenates the stylesheets Trunk linked, in order, into one hashed file."""
    link = r'[ \t]*<link rel="stylesheet" href="\./([^"/]+\.css)"[^>]*>[ \t]*\n?'
    names = re.findall(link, index)
    if len(names) < 2:
        return index
    parts = []
    for name in names:
        path = os.path.join(staging, name)
        with open(path, encoding="utf-8") as f:
            css = f.read()
        os.remove(path)
        # Comments and blank space only: no stylesheet holds "/*" inside a string.
        css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
        parts.extend(line.strip() for line in css.splitlines() if line.strip())
    data = ("\n".join(parts) + "\n").encode("utf-8")
    name = f"app-{hashlib.sha256(data).hexdigest()[:16]}.css"
    with open(os.path.join(staging, name), "wb") as f:
        f.write(data)
    sri = base64.b64encode(hashlib.sha384(data).digest()).decode()
    tag = f'    <link rel="stylesheet" href="./{name}" integrity="sha384-{sri}"/>\n'
    first = re.search(link, index)
    index = index[: first.start()] + tag + re.sub(link, "", index[first.start():])
    print(f"pwa-build: {len(names)} stylesheets bundled into {name}")
    return index


index = bundle_css(index)

scripts = re.findall(r"<script type=\"module\">(.*?)</script>", index, re.S)
if len(scripts) != 1:
    sys.exit(f"pwa-build: expected one inline module script in index.html, found {len(scripts)}")
digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
policy = "; ".join([
    "default-src 'self'",
    f"script-src 'self' 'wasm-unsafe-eval' 'sha256-{digest}'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    # Team sync talks to a CouchDB server the user names: any https origin, and http on
    # this machine (a server for tests or a local CouchDB). A team whose CouchDB is on a
    # plain-http intranet host adds it with VALUEDESK_CONNECT_SRC="http://couch.intranet:5984".
    " ".join(["connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
              os.environ.get("VALUEDESK_CONNECT_SRC", "")]).strip(),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
])
meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
index = re.sub(r"<meta http-equiv=\"Content-Security-Policy\"[^>]*>\s*", "", index)
index = index.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n    ' + meta, 1)
with open(index_path, "w", encoding="utf-8") as f:
    f.write(index)

files = []
for root, _, names in os.walk(staging):
    for name in names:
        path = os.path.relpath(os.path.join(root, name), staging).replace(os.sep, "/")
        if path != "sw.js":
            files.append(path)
files.sort()
version = hashlib.sha256()
for path in files:
    version.update(path.encode())
    with open(os.path.join(staging, path), "rb") as f:
        version.update(f.read())
with open(os.path.join(source, "pwa", "sw.js"), encoding="utf-8") as f:
    worker = f.read()
worker = worker.replace("__VERSION__", version.hexdigest()[:16])
worker = worker.replace("__FILES__", json.dumps(["./"] + [f"./{p}" for p in files]))
with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
    f.write(worker)
print(f"pwa-build: {len(files)} files precached, version {version.hexdigest()[:16]}, CSP script hash pinned")
