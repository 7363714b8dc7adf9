"""A benchmark-only copy of a model package in which every variant is loadable: the package's
files and the unshipped variants from the work folder are symlinked, and the manifest lists them
all as shipped (with their bytes and SHA-256). Lets the bench run fp32 / int8 next to the shipped
variant without touching the real package or the app's download.

    python bench/make_bench_package.py public/models/<id> models-work/<id> bench/models/<id>-all
"""

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from bench/
from tools.package import sha256_file  # noqa: E402


def main(package: Path, work: Path, out: Path) -> int:
    manifest = json.loads((package / "manifest.json").read_text())
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for f in package.rglob("*"):
        if f.is_file() and f.name != "manifest.json":
            (out / f.relative_to(package)).parent.mkdir(parents=True, exist_ok=True)
            (out / f.relative_to(package)).symlink_to(f.resolve())
    listed = {f["path"] for f in manifest["files"]}
    for name, v in manifest["variants"].items():
        if v["shipped"]:
            continue
        src = work / v["file"]
        if not src.exists():
            print(f"{name}: {src} not built, left out")
            continue
        (out / v["file"]).parent.mkdir(parents=True, exist_ok=True)
        (out / v["file"]).symlink_to(src.resolve())
        v["shipped"] = True
        if v["file"] not in listed:
            manifest["files"].append({"path": v["file"], "bytes": src.stat().st_size, "sha256": sha256_file(src), "role": "onnx"})
        print(f"{name}: {src} ({src.stat().st_size:,} bytes)")
    manifest["id"] = out.name
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))
