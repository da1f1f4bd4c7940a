import pytest

from kla.regions import Region, read_regions
from loaders.region_names import RegionResolver, UnknownRegion

BATU = RegionResolver(read_regions())


@pytest.mark.parametrize(
    ("text", "column", "code"),
    [
        ("35.79.02.2001", "wilayah", "35.79.02.2001"),
        ("3579022001", "wilayah", "35.79.02.2001"),
        (3579022001.0, "wilayah", "35.79.02.2001"),
        ("Punten", "wilayah", "35.79.02.2001"),
        ("Oro-Oro Ombo", "wilayah", "35.79.01.2006"),
        ("ORO OROOMBO", "wilayah", "35.79.01.2006"),
        ("Sumber Brantas", "wilayah", "35.79.02.2009"),
        ("Bumiaji", "wilayah", "35.79.02"),
        ("Desa Bumiaji", "wilayah", "35.79.02.2006"),
        ("Ds. Junrejo", "wilayah", "35.79.03.2003"),
        ("Bumiaji", "desa", "35.79.02.2006"),
        ("Kec. Batu", "wilayah", "35.79.01"),
        ("Kec.Batu", "wilayah", "35.79.01"),
        ("Kecamatan Junrejo", "wilayah", "35.79.03"),
        ("Kel. Temas", "wilayah", "35.79.01.1001"),
        ("Kota Batu", "wilayah", "35.79"),
        ("Jumlah", "wilayah", "35.79"),
        ("TOTAL", "wilayah", "35.79"),
        ("35.79", "wilayah", "35.79"),
    ],
)
def test_codes_and_names_of_kota_batu(text, column, code):
    assert BATU.resolve(text, column) == code


def test_an_unknown_name_suggests_the_nearest():
    with pytest.raises(UnknownRegion) as raised:
        BATU.resolve("Ngagel")
    assert raised.value.suggestion == "Ngaglik"


def test_prefix_words_are_whole_words_in_another_region_tree():
    tree = [
        Region("35", "Jawa Timur", "provinsi", None),
        Region("35.79", "Kota Batu", "kota", "35"),
        Region("35.79.01", "Kecapi", "kecamatan", "35.79"),
        Region("35.79.01.2001", "Kelor", "desa", "35.79.01"),
    ]
    resolver = RegionResolver(tree)
    assert resolver.resolve("Kelor") == "35.79.01.2001"
    assert resolver.resolve("Kecapi") == "35.79.01"
    assert resolver.resolve("Kota Batu") == "35.79"
    assert resolver.resolve("Jawa Timur") == "35"
