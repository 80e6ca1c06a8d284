"""Publish the sample inventory to a real CKAN (scripts/ckan-local) and check it as a reuser would,
through the API: metadata, resources, downloaded bytes, DataStore rows and types, no duplicates."""

from __future__ import annotations

import csv
import hashlib
import io

import pytest
import requests
from ckanapi import NotAuthorized, NotFound, RemoteCKAN

from dqpub.pipeline import RunOptions, run_inventory
from tests.reuser import reuser_downloads_of
from tests.test_pipeline_local import _edit_bottin

pytestmark = pytest.mark.ckan


# the page of a dataset with coordinates (the bottin): its map, and the change file of the current version
PAGE_ORDER = ["donnees-csv", "donnees-parquet", "donnees-geojson", "dictionnaire", "statistiques", "changements",
              "journal", "anonymisation", "datapackage"]


def portal_files(api: RemoteCKAN, slug: str) -> dict[str, dict]:
    """File name -> resource, on the dataset page and in its archive of versions (``<jeu>-versions``)."""
    out = {}
    for name in (f"{slug}-versions", slug):
        for r in api.action.package_show(id=name)["resources"]:
            out[r["url"].rsplit("/", 1)[-1]] = r  # CKAN lowercases file names
    return out


def test_publish_sample_inventory_to_ckan(ckan_project, ckan_local):
    settings, portal, names = ckan_project
    summary = run_inventory(settings, portal, list(names.values()))
    results = {r.dataset: r for r in summary.results}
    for name in names.values():
        assert results[name].status == "publié", results[name].message

    api = RemoteCKAN(ckan_local.url)  # anonymous, as a reuser
    slug = names["bottin-des-services-de-police"]
    pkg = api.action.package_show(id=slug)
    assert pkg["title"] == "Bottin des services de police"
    assert pkg["organization"]["name"] == "msp" and pkg["license_id"] == "cc-by"
    assert pkg["version"] == "1.0.0" and "## Attributs" in pkg["notes"]
    assert pkg["update_frequency"] == "annual"  # a field of the portal's scheming schema
    # the page: the current files only, in a fixed order; the version files live in the archive and
    # the pipeline's state in a private dataset that an anonymous reader cannot see
    assert [r["dq_cle"] for r in pkg["resources"]] == PAGE_ORDER
    by_file = {r["url"].rsplit("/", 1)[-1]: r for r in pkg["resources"]}  # CKAN lowercases file names
    for fname in (f"{slug}.csv", f"{slug}.parquet", "dictionnaire-donnees.csv", "statistiques.csv",
                  "datapackage.json", "changelog.md", "anonymisation.md"):
        assert fname in by_file, fname
    assert not [r for r in pkg["resources"] if "etat" in r["url"] or "préparation" in r["name"]]
    archive = {r["url"].rsplit("/", 1)[-1]: r for r in api.action.package_show(id=f"{slug}-versions")["resources"]}
    assert {f"{slug}-v1.0.0.csv", f"{slug}-v1.0.0.parquet", "datapackage-v1.0.0.json"} <= archive.keys()
    assert requests.get(archive[f"{slug}-v1.0.0.csv"]["url"], timeout=30).content == \
        requests.get(by_file[f"{slug}.csv"]["url"], timeout=30).content  # uploaded once: the link points at it
    with pytest.raises((NotFound, NotAuthorized)):
        api.action.package_show(id=f"{slug}-etat")
    csv_res = by_file[f"{slug}.csv"]
    assert csv_res["resource_type"] == "donnees" and csv_res["relidi_confic_utf8"] == "oui"

    # downloaded bytes = published bytes (the same file the local pipeline produced)
    published = requests.get(csv_res["url"], timeout=30).content
    assert csv_res["hash"] == "sha256:" + hashlib.sha256(published).hexdigest()
    rows = list(csv.DictReader(io.StringIO(published.decode("utf-8"))))

    # DataStore: rows and types from the Table Schema, data dictionary from descriptions
    ds = api.action.datastore_search(resource_id=csv_res["id"], limit=1000)
    assert ds["total"] == len(rows)
    types = {f["id"]: f["type"] for f in ds["fields"]}
    assert types["latitude"] == "numeric" and types["corps_policier"] == "text"
    info = api.action.datastore_info(id=csv_res["id"])
    described = {f["id"]: f.get("info", {}).get("notes") for f in info["fields"]}
    assert described["latitude"]

    aide = names["aide-financiere-aux-sinistres"]
    aide_res = {r["url"].rsplit("/", 1)[-1]: r for r in api.action.package_show(id=aide)["resources"]}[f"{aide}.csv"]
    ds = api.action.datastore_search(resource_id=aide_res["id"], limit=1)
    assert "nas" not in {f["id"] for f in ds["fields"]}

    # second run: nothing new, no duplicated resource
    before = {n: len(api.action.package_show(id=n)["resources"]) for n in names.values()}
    again = run_inventory(settings, portal, list(names.values()))
    assert {r.status for r in again.results} == {"inchangé"}
    forced = run_inventory(settings, portal, list(names.values()), RunOptions(force=True))
    assert {r.status for r in forced.results} == {"inchangé"}
    after = {n: len(api.action.package_show(id=n)["resources"]) for n in names.values()}
    assert before == after


def test_new_version_replaces_current_in_place_and_keeps_the_past(ckan_project, ckan_local, tmp_path):
    settings, portal, names = ckan_project
    slug = names["bottin-des-services-de-police"]
    assert run_inventory(settings, portal, [slug]).results[0].status == "publié"
    api = RemoteCKAN(ckan_local.url)
    first = portal_files(api, slug)
    v1_bytes = requests.get(first[f"{slug}.csv"]["url"], timeout=30).content

    _edit_bottin(settings, 3, "https://exemple.qc.ca/v2")
    res = run_inventory(settings, portal, [slug]).results[0]
    assert res.status == "publié" and res.version == "1.0.1", res.message

    second = portal_files(api, slug)
    assert second[f"{slug}.csv"]["id"] == first[f"{slug}.csv"]["id"]  # same current resource
    assert requests.get(second[f"{slug}-v1.0.0.csv"]["url"], timeout=30).content == v1_bytes
    assert requests.get(second[f"{slug}.csv"]["url"], timeout=30).content != v1_bytes
    log = requests.get(second["changelog.md"]["url"], timeout=30).content.decode("utf-8")
    assert "Version 1.0.1" in log and "1 modifiées" in log
    assert api.action.package_show(id=slug)["version"] == "1.0.1"
    reuser_downloads_of(ckan_local.url, [slug], tmp_path)


def test_schema_break_is_major_and_rollback_restores_a_past_version_on_ckan(ckan_project, ckan_local, tmp_path):
    """Issue 6 on the real portal: PATCH, then MAJOR (a field removed), then rollback to the PATCH
    version's content as a new version; past files stay downloadable byte for byte."""
    import json as _json

    from dqpub.inventory import pull_inventory
    from dqpub.pipeline import rollback_dataset

    settings, portal, names = ckan_project
    slug = names["bottin-des-services-de-police"]
    api = RemoteCKAN(ckan_local.url)

    def files() -> dict:
        return portal_files(api, slug)

    def get(res: dict) -> bytes:
        return requests.get(res["url"], timeout=30).content

    assert run_inventory(settings, portal, [slug]).results[0].version == "1.0.0"
    _edit_bottin(settings, 3, "https://exemple.qc.ca/v101")
    assert run_inventory(settings, portal, [slug]).results[0].version == "1.0.1"
    v101 = get(files()[f"{slug}.csv"])

    # schema break: the field "site_internet" disappears from the schema and the source
    path = settings.schemas_dir / "bottin-des-services-de-police.schema.json"
    schema = _json.loads(path.read_text(encoding="utf-8"))
    schema["fields"] = [f for f in schema["fields"] if f["name"] != "site_internet"]
    path.write_text(_json.dumps(schema), encoding="utf-8")
    import openpyxl

    src = settings.datasets_dir / "bottin-des-services-de-police/source/bottin.xlsx"
    wb = openpyxl.load_workbook(src)
    wb["Bottin"].delete_cols([c.value for c in wb["Bottin"][1]].index("site_internet") + 1)
    wb.save(src)
    res = run_inventory(settings, portal, [slug]).results[0]
    assert (res.status, res.version, res.bump) == ("publié", "2.0.0", "major"), res.message
    now = files()
    current_csv = now[f"{slug}.csv"]
    assert "site_internet" not in get(current_csv).decode("utf-8").splitlines()[0]
    ds_fields = {f["id"] for f in api.action.datastore_search(resource_id=current_csv["id"], limit=0)["fields"]}
    assert "site_internet" not in ds_fields and "corps_policier" in ds_fields
    assert get(now[f"{slug}-v1.0.1.csv"]) == v101  # the past stays downloadable, byte for byte
    log = get(now["changelog.md"]).decode("utf-8")
    assert "## Version 2.0.0" in log and "site_internet" in log
    reuser_downloads_of(ckan_local.url, [slug], tmp_path / "2.0.0")  # a field fewer, everywhere

    # rollback to 1.0.1: a new version whose content equals 1.0.1's, on the same current resource
    entry = pull_inventory(settings).get(slug)
    back = rollback_dataset(entry, settings, portal, "1.0.1")
    # the field comes back as a required one: a break for whoever reads 2.0.0 with its schema
    assert (back.status, back.version, back.bump) == ("publié", "3.0.0", "major"), back.reasons
    assert back.reasons == ["champ ajouté obligatoire : site_internet"]
    after = files()
    assert after[f"{slug}.csv"]["id"] == current_csv["id"]
    assert get(after[f"{slug}.csv"]) == v101
    assert api.action.package_show(id=slug)["version"] == back.version
    ds = api.action.datastore_search(resource_id=slug, limit=1000)  # the stable DataStore name
    assert "site_internet" in {f["id"] for f in ds["fields"]}
    assert "https://exemple.qc.ca/v101" in {r["site_internet"] for r in ds["records"]}
    log = get(after["changelog.md"]).decode("utf-8")
    assert f"## Version {back.version}" in log and "retour au contenu de la version 1.0.1" in log
    reuser_downloads_of(ckan_local.url, [slug], tmp_path / back.version)  # the field back, everywhere
    # the rollback holds on the next run; nothing duplicated
    assert run_inventory(settings, portal, [slug]).results[0].status == "inchangé"
    names_seen = [r["url"].rsplit("/", 1)[-1] for r in api.action.package_show(id=slug)["resources"]]
    assert len(names_seen) == len(set(names_seen)), names_seen


def test_three_versions_keep_the_page_short_and_every_past_version_downloadable(ckan_project, ckan_local, tmp_path):
    """What a reuser sees after three versions: the same ≤ 10 current resources on the dataset page,
    each past version's files byte for byte at addresses that do not change (the archive dataset),
    no staged file, no pipeline state anywhere public; the datapackage.json downloaded ALONE
    validates with Frictionless and names files that answer with the published bytes."""
    settings, portal, names = ckan_project
    slug = names["bottin-des-services-de-police"]
    api = RemoteCKAN(ckan_local.url)
    csv_by_version, urls_by_version = {}, {}
    for n in range(3):
        if n:
            _edit_bottin(settings, 3, f"https://exemple.qc.ca/version-{n}")
        res = run_inventory(settings, portal, [slug]).results[0]
        assert res.status == "publié", res.message
        archive = {r["url"].rsplit("/", 1)[-1]: r for r in api.action.package_show(id=f"{slug}-versions")["resources"]}
        link = next(r for r in api.action.package_show(id=slug)["resources"] if r["dq_cle"] == "donnees-csv")
        csv_by_version[res.version] = requests.get(link["url"], timeout=30).content
        urls_by_version[res.version] = archive[f"{slug}-v{res.version}.csv"]["url"]
    assert list(csv_by_version) == ["1.0.0", "1.0.1", "1.0.2"]

    pkg = api.action.package_show(id=slug)
    assert [r["dq_cle"] for r in pkg["resources"]] == PAGE_ORDER and len(pkg["resources"]) <= 10
    archive = api.action.package_show(id=f"{slug}-versions")
    assert not archive["private"] and not [r for r in archive["resources"] if r.get("dq_preparation")]
    archive_files = {r["url"].rsplit("/", 1)[-1]: r for r in archive["resources"]}  # CKAN lowercases file names
    kept = sorted({r["dq_version"] for r in archive["resources"]})
    assert kept == ["1.0.0", "1.0.1", "1.0.2"]  # the sample keeps every version ("conserver: toutes")
    for version, url in urls_by_version.items():  # the address of a version file never changes
        assert requests.get(url, timeout=30).content == csv_by_version[version]
    everything = pkg["resources"] + archive["resources"]
    assert not [r for r in everything if r["url"].rsplit("/", 1)[-1].startswith("etat-publication")]
    log = requests.get(next(r["url"] for r in pkg["resources"] if r["dq_cle"] == "journal"), timeout=30).text
    assert f"{slug}-versions" in log  # the change log says where past versions are

    # issue 23: each version's change file stays in the archive and lists exactly the rows the change
    # log counted (one site changed per version); the map of the current version opens as GeoJSON
    import geojson

    log = requests.get(next(r["url"] for r in pkg["resources"] if r["dq_cle"] == "journal"),
                       timeout=30).content.decode("utf-8")  # text/markdown without a charset: not Latin-1
    for version in ("1.0.1", "1.0.2"):
        lines = list(csv.DictReader(io.StringIO(requests.get(archive_files[f"changements-v{version}.csv"]["url"],
                                                             timeout=30).content.decode("utf-8"))))
        assert [(r["changement"], r["champs_modifies"]) for r in lines] == [("modifiee", "site_internet")]
        section = log.split(f"## Version {version}")[1].split("## Version")[0]
        assert "0 ajoutées, 0 retirées, 1 modifiées" in section and f"changements-v{version}.csv" in section
    assert "changements-v1.0.0.csv" in archive_files
    rows = list(csv.DictReader(io.StringIO(csv_by_version["1.0.2"].decode("utf-8"))))
    geo_link = next(r for r in pkg["resources"] if r["dq_cle"] == "donnees-geojson")
    assert geo_link["format"] == "GeoJSON" and geo_link["resource_type"] == "donnees"
    collection = geojson.loads(requests.get(geo_link["url"], timeout=30).text)
    assert collection.is_valid and len(collection["features"]) == len(rows)
    assert [f["properties"]["corps_policier"] for f in collection["features"]] == [r["corps_policier"] for r in rows]

    # the datapackage, alone in an empty folder, as a reuser downloads it
    dp_url = next(r["url"] for r in pkg["resources"] if r["dq_cle"] == "datapackage")
    dp_path = tmp_path / "seul" / "datapackage.json"
    dp_path.parent.mkdir()
    dp_path.write_bytes(requests.get(dp_url, timeout=30).content)
    import json as _json
    import subprocess
    import sys

    dp = _json.loads(dp_path.read_text(encoding="utf-8"))
    assert dp["version"] == "1.0.2" and dp["licenses"][0]["name"] == "CC-BY-4.0"
    assert not [f for f in dp["resources"][0]["schema"]["fields"] if "privacy" in f]
    for r in dp["resources"]:
        assert r["path"].startswith(ckan_local.url)
        body = requests.get(r["path"], timeout=30)
        assert body.status_code == 200 and r["hash"] == "sha256:" + hashlib.sha256(body.content).hexdigest()
    assert requests.get(dp["resources"][0]["path"], timeout=30).content == csv_by_version["1.0.2"]
    out = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json", str(dp_path)],
                         capture_output=True, text=True, cwd=dp_path.parent, timeout=300)
    report = _json.loads(out.stdout)
    assert report["valid"], out.stdout[-3000:]
    reuser_downloads_of(ckan_local.url, [slug], tmp_path / "reutilisateur")  # the Parquet and the dictionary too
