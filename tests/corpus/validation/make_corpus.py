"""Generate the validation corpus: small invalid CSV files, one or more per Frictionless error type,
each with its Table Schema. Run from anywhere: ``python tests/corpus/validation/make_corpus.py``.

Each case is ``<name>.csv`` (already normalized: UTF-8, comma, ``\\n``) and ``<name>.schema.json``.
The outputs are committed; tests/test_validate_parity.py runs Frictionless and dqpub on each.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PUBLIC = {"privacy": {"category": "public"}}


def f(name, type_="string", **kw):
    d = {"name": name, "type": type_}
    d.update(kw)
    d.setdefault("privacy", {"category": "public"})
    return d


CASES: dict[str, tuple[dict, str]] = {}


def case(name: str, schema: dict, text: str) -> None:
    CASES[name] = (schema, text)


case("type-integer", {"fields": [f("id", "integer"), f("n", "integer")]},
     "id,n\n1,10\n2,+5\n3, 7 \n4,1_000\n5,1e3\n6,abc\n7,1.0\n8,-0\n9,007\n10,٣\n11,\n12,--1\n")
case("type-number", {"fields": [f("id", "integer"), f("x", "number")]},
     "id,x\n1,1.5\n2,.5\n3,5.\n4,NaN\n5,inf\n6,-Infinity\n7,1_000.5\n8, 2 \n9,1,5\n10,abc\n11,1e400\n12,+3\n"
     "13,0x10\n14,1.2.3\n")
case("type-number-decimal-comma", {"fields": [f("id", "integer"), f("x", "number", decimalChar=",", groupChar=" ")]},
     "id,x\n1,\"1,5\"\n2,1.5\n3,1 234\n4,\"1 234,56\"\n5,abc\n6,\"-0,25\"\n7,12\n")
case("type-number-bare", {"fields": [f("id", "integer"), f("x", "number", bareNumber=False),
                                     f("n", "integer", bareNumber=False)]},
     "id,x,n\n1,$1.50,€5\n2,12%,7 km\n3,abc,x\n4,-3.5 $,-4\n")
case("type-boolean", {"fields": [f("id", "integer"), f("b", "boolean"),
                                 f("o", "boolean", trueValues=["Oui", "oui"], falseValues=["Non", "non"])]},
     "id,b,o\n1,true,Oui\n2,False,non\n3,1,Non\n4,0,oui\n5,yes,true\n6,TRUE,OUI\n7,t,\n")
case("type-date", {"fields": [f("id", "integer"), f("d", "date"), f("fr", "date", format="%d/%m/%Y")]},
     "id,d,fr\n1,2024-01-31,31/01/2024\n2,2024-02-30,30/02/2024\n3,2024-1-5,5/1/2024\n4,2024-01- 5,2024-01-05\n"
     "5,2024/01/05,01/13/2024\n6,0000-01-01,29/02/2023\n7,2024-02-29,29/02/2024\n8,20240105,1/1/24\n"
     "9,2024-01-05T00:00:00,05/01/2024 \n")
case("type-date-any", {"fields": [f("id", "integer"), f("d", "date", format="any")]},
     "id,d\n1,2024-01-05\n2,5 janvier 2024\n3,Jan 5 2024\n4,n'importe quoi\n")
case("type-datetime", {"fields": [f("id", "integer"), f("t", "datetime"),
                                  f("c", "datetime", format="%d/%m/%Y %H:%M")]},
     "id,t,c\n1,2024-01-05T10:20:30,05/01/2024 10:20\n2,2024-01-05 10:20:30,05/01/2024 25:00\n"
     "3,2024-01-05T10:20:30Z,5/1/2024 1:02\n4,2024-01-05T10:20:30+05:00,2024-01-05\n5,2024-01-05T10:20,x\n"
     "6,2024-02-30T10:20:30,\n7,2024-01-05T10:20:30.123456,\n8,2024-01-05T24:00:00,\n9,2024-01-05T10:20:61,\n")
case("type-datetime-strptime", {"fields": [f("id", "integer"), f("t", "datetime", format="%Y-%m-%d %H:%M:%S"),
                                            f("c", "date", format="%d/%m/%y"), f("j", "date", format="%d %b %Y")]},
     "id,t,c,j\n1,2024-01-05 10:20:30,05/01/24,05 Jan 2024\n2,2024-01-05  10:20:30,5/1/69,5 jan 2024\n"
     "3,2024-1-5 1:2:3,31/02/24,05 Janvier 2024\n4,2024-01-05 10:20:60,1/13/24,x\n5,2024-01-05T10:20:30,29/02/23,\n"
     "6,2024-01-05 10:20:30 ,29/02/24,\n7,24-01-05 10:20:30,01/01/2024,\n8,2024-02-30 10:00:00, 5/01/24,\n"
     "9,2024-01-05 10:20:3,05/ 1/24,\n10,2024-01- 5 23:59:59,05-01-24,\n11,2024-01-05\t10:20:30,,\n"
     "12,2024-01-05 24:00:00,,\n13,2024-01-05 10:20:30.5,,\n14,2024-01-05 10:20:30Z,,\n")
case("type-time", {"fields": [f("id", "integer"), f("t", "time")]},
     "id,t\n1,10:20:30\n2,24:00:00\n3,10:20\n4,10:20:30Z\n5,1:02:03\n6,10:20:30.5\n7,abc\n8,23:59:60\n")
case("type-year-yearmonth", {"fields": [f("id", "integer"), f("y", "year"), f("ym", "yearmonth")]},
     "id,y,ym\n1,2024,2024-01\n2,24,2024-13\n3,+202,2024-1\n4,20245,2024\n5, 999,abc\n6,abcd,2024-00\n")
case("type-other", {"fields": [f("id", "integer"), f("du", "duration"), f("gp", "geopoint"),
                               f("ob", "object"), f("ar", "array")]},
     'id,du,gp,ob,ar\n1,P1DT2H,"45.5,-73.6","{""a"": 1}","[1, 2]"\n2,1 jour,abc,[1],{}\n'
     '3,PT5M,"95,200","{}","[]"\n4,P,"45.5, -73.6",not json,"[1,"\n')
case("type-string-formats", {"fields": [f("id", "integer"), f("e", "string", format="email"),
                                        f("u", "string", format="uri"), f("g", "string", format="uuid")]},
     "id,e,u,g\n1,a.b@exemple.qc.ca,https://www.quebec.ca,123e4567-e89b-12d3-a456-426614174000\n"
     "2,pas-un-courriel,pas une uri,123\n3,x@y,ftp://x,123E4567-E89B-12D3-A456-426614174000\n"
     "4,a..b@exemple.com,//relative,zzzzzzzz-e89b-12d3-a456-426614174000\n")
case("constraint-required", {"fields": [f("id", "integer", constraints={"required": True}),
                                        f("nom", "string", constraints={"required": True}), f("x", "number")]},
     "id,nom,x\n1,a,1\n,b,2\n3,,3\n4,d\n5\n")
case("constraint-length-pattern-enum", {"fields": [
    f("id", "integer"),
    f("code", "string", constraints={"minLength": 2, "maxLength": 4, "pattern": "[A-Z]{2}[0-9]*"}),
    f("sev", "string", constraints={"enum": ["Mineure", "Majeure"]}),
    f("niv", "integer", constraints={"enum": [1, 2, 3]}),
    f("ratio", "number", constraints={"enum": [0.5, 1]})]},
    "id,code,sev,niv,ratio\n1,AB1,Mineure,1,0.5\n2,A,Majeure,4,1.0\n3,ABCDE,mineure,02,1\n4,ab12,Autre,x,0.25\n"
    "5,AB12,Majeure,3,0.50\n6,ÉÉ1,Mineure,2,1e0\n")
case("constraint-bounds", {"fields": [
    f("id", "integer"),
    f("n", "integer", constraints={"minimum": 0, "maximum": 10}),
    f("y", "number", constraints={"minimum": 45, "maximum": 62.6}),
    f("d", "date", constraints={"minimum": "2000-01-01", "maximum": "2030-12-31"}),
    f("an", "year", constraints={"minimum": 1900})]},
    "id,n,y,d,an\n1,0,45,2000-01-01,1900\n2,-1,44.999,1999-12-31,1899\n3,11,62.6,2031-01-01,2024\n"
    "4,10,62.60000000000000001,2030-12-31,2024\n5,5,NaN,2024-02-30,abc\n6,5,62.6000000000000000000001,"
    "2024-01-01,2024\n7,5,62.599999999999999999,2024-01-01,2024\n")
case("constraint-exclusive-bounds-v2", {
    "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
    "fields": [f("id", "integer"), f("e", "number", constraints={"exclusiveMinimum": 0, "exclusiveMaximum": 1}),
               f("k", "integer", constraints={"exclusiveMaximum": 10})]},
    "id,e,k\n1,0.5,9\n2,0,10\n3,1,11\n4,0.999,-5\n5,-0.1,x\n6,1e-9,9\n")
case("constraint-datetime-bounds", {"fields": [
    f("id", "integer"), f("t", "datetime", constraints={"minimum": "2020-01-01T00:00:00"}),
    f("h", "time", constraints={"maximum": "18:00:00"})]},
    "id,t,h\n1,2020-01-01T00:00:00,18:00:00\n2,2019-12-31T23:59:59,18:00:01\n3,2021-05-05T05:05:05,08:00:00\n")
case("unique", {"fields": [f("id", "integer", constraints={"unique": True}),
                           f("code", "string", constraints={"unique": True}),
                           f("x", "number", constraints={"unique": True})]},
     "id,code,x\n1,a,1.0\n2,b,1\n1,a,2\n01,c,3\n,d,\n,d,\n3,e,x\n4,f,x\n")
case("primary-key", {"fields": [f("a", "integer"), f("b", "string"), f("c", "string")], "primaryKey": ["a", "b"]},
     "a,b,c\n1,x,1\n1,y,2\n1,x,3\n,,4\n2,,5\n2,,6\nabc,z,7\n")
case("foreign-key-self", {"fields": [f("id", "integer"), f("parent", "integer")], "primaryKey": "id",
                          "foreignKeys": [{"fields": "parent", "reference": {"resource": "", "fields": "id"}}]},
     "id,parent\n1,\n2,1\n3,2\n4,9\n5,x\n6,04\n")
case("header-missing-label", {"fields": [f("a", "integer"), f("b"), f("c"), f("d")]},
     "a,b\n1,x\n2,y,z\n")
case("header-extra-label", {"fields": [f("a", "integer"), f("b")]},
     "a,b,c,d\n1,x,1,2\n2,y,3\nz,w,5,6,7\n")
case("header-duplicate-blank-incorrect", {"fields": [f("a", "integer"), f("b"), f("c"), f("d"), f("e")]},
     "a,b,b,,x\n1,q,r,s,t\nabc,q,r,s,t\n")
case("header-renamed-column", {"fields": [f("code", "integer"), f("municipalite"), f("coord_x", "number"),
                                          f("coord_y", "number", constraints={"required": True})]},
     "code,nom_municipalite,coord_x,coord_y\n1,Québec,-71.2,46.8\n2,Lévis,-71.1,\n")
case("rows-structure", {"fields": [f("a", "integer"), f("b"), f("c")]},
     'a,b,c\n1,x,y\n\n2,x\n3,x,y,z\n,,\n4,"multi\nligne",y\n5,x,y,z,w\n6,"a,b"\n,,,\n7\nabc,x,y,z\n')
case("rows-blank-and-primary-key", {"fields": [f("a", "integer"), f("b")], "primaryKey": ["a"]},
     "a,b\n1,x\n\n,\n2,y\n")
case("missing-values", {"missingValues": ["", "NA", "-"], "fields": [
    f("a", "integer", constraints={"required": True}), f("b", "number"), f("c")]},
    "a,b,c\n1,NA,-\nNA,1.5,x\n-,-,-\n2,n/a,NA\n")
case("missing-values-without-empty", {"missingValues": ["NA"], "fields": [f("a", "integer"), f("b")]},
     "a,b\n1,x\n\n,\nNA,NA\n2,\n")
case("field-missing-values", {"fields": [f("a", "integer", missingValues=["-"]), f("b", "integer")]},
     "a,b\n-,-\n,\n1,2\n")
case("mixed-evenements", {"fields": [
    f("code_alea", "integer", constraints={"required": True}),
    f("alea", "string", constraints={"required": True}),
    f("code_municipalite", "string", constraints={"pattern": "[0-9]{5}"}),
    f("severite", "string", constraints={"enum": ["Mineure", "Modérée", "Majeure"]}),
    f("date_debut", "date", constraints={"required": True}),
    f("date_debut_imprecise", "boolean"),
    f("coord_x", "number", constraints={"minimum": -80, "maximum": -57}),
    f("coord_y", "number", constraints={"minimum": 45, "maximum": 62.6}),
    {"name": "nas", "type": "string", "constraints": {"pattern": "[0-9]{3} [0-9]{3} [0-9]{3}"},
     "privacy": {"category": "direct"}}]},
    "code_alea,alea,code_municipalite,severite,date_debut,date_debut_imprecise,coord_x,coord_y,nas\n"
    "1,Inondation,23027,Mineure,2024-04-12,false,-71.2,46.8,046 454 286\n"
    "abc,Inondation,2302,Grave,2024-13-12,peut-être,-81,63,046454286\n"
    "2,,23027,Majeure,,true,-71.2\n"
    "3,Feu,23027,Mineure,2024-04-12,false,-71.2,46.8,046 454 286,extra\n"
    "\n"
    "4,Feu,=HYPERLIEN(\"x\"),Mineure,2024-04-12,true,-71,46,\n")
# Documented differences (see tests/test_validate_parity.py)
case("pattern-alternation", {"fields": [f("id", "integer"), f("code", "string", constraints={"pattern": "A|B"})]},
     'id,code\n1,A\n2,B\n3,ABC\n4,xB\n5,"A\n"\n')
case("integer-int64-overflow", {"fields": [f("id", "integer"), f("n", "integer")]},
     "id,n\n1,9223372036854775807\n2,9223372036854775808\n3,-9223372036854775809\n")


def main() -> None:
    for name, (schema, text) in CASES.items():
        (HERE / f"{name}.csv").write_bytes(text.encode("utf-8"))
        (HERE / f"{name}.schema.json").write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")
    print(f"{len(CASES)} cas écrits dans {HERE}")


if __name__ == "__main__":
    main()
