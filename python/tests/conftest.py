import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]

# Short news sentences that exercise every label and value kind the library
# knows at the moment; the tests never depend on what exactly it finds.
NEWS = [
    "Angela Merkel met Joe Biden in Berlin on March 4, 2024.",
    "The company said sales rose 30 percent to $4.5 billion in the third quarter.",
    "Officials in Paris said about 450,000 people were evacuated yesterday.",
    "Prices climbed 2.5% last week, the Bank of England said on Tuesday.",
    "Between 10 and 15 soldiers were hurt near Kyiv on 3/4/2024.",
    "The 90-day plan, due by Friday, costs 1.2bn euros.",
    "Merkel said the EU would meet again on Nov 19 at 15:30.",
    "Temperatures reached 41 degrees Celsius in Seville in July 2023.",
    "Microsoft hired 6,500 engineers over the past two years.",
    "He ran 42.195 kilometres in 2 hours and 1 minute.",
    "Tokyo, Jan. 5 (Reuters) - Toyota sold 10.5 million cars in 2023, up 7%.",
    "About two-thirds of the 310 delegates voted on the first day.",
    "The 1990s saw growth of 4.4 percent a year; in 2025 it was 3.1 percent.",
    "",
    "\u00a0Zürich’s mayor — Corine Mauch — met São Paulo officials on 21 May.",
    "NUL\x00bytes\x00and\r\nCRLF lines on March 7-9, 2024\r\n",
]


@pytest.fixture(scope="session")
def root() -> pathlib.Path:
    return ROOT


@pytest.fixture(scope="session")
def cli() -> pathlib.Path:
    path = pathlib.Path(os.environ.get("NEWSENT_CLI", ROOT / "build" / "newsent"))
    if not path.exists():
        pytest.fail(f"the CLI {path} is not built (run tools/python-tests, or set NEWSENT_CLI)")
    return path


@pytest.fixture(scope="session")
def sample_article(root) -> str:
    return (root / "examples" / "sample-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def extractor():
    import newsent
    return newsent.Extractor(ref_date="2026-11-20")


@pytest.fixture(scope="session")
def artifacts_dir(root) -> pathlib.Path:
    """Where tests leave files for a person to look at (screenshots)."""
    d = pathlib.Path(os.environ.get("NEWSENT_TEST_ARTIFACTS", root / "build" / "python-tests"))
    d.mkdir(parents=True, exist_ok=True)
    return d


@pytest.fixture(scope="session")
def executed_notebook(root, artifacts_dir):
    """examples/newsent.ipynb run by nbclient in a real ipykernel (once per session)."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    path = root / "examples" / "newsent.ipynb"
    nb = nbformat.read(str(path), as_version=4)
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    nbformat.write(nb, str(artifacts_dir / "newsent.executed.ipynb"))
    return nb


def html_outputs(nb):
    return [out["data"]["text/html"] for cell in nb.cells if cell.cell_type == "code"
            for out in cell.get("outputs", []) if "text/html" in out.get("data", {})]


@pytest.fixture(scope="session")
def notebook_rendering(executed_notebook):
    docs = [h for h in html_outputs(executed_notebook) if 'class="newsent-doc"' in h]
    assert docs, "the notebook shows no newsent HTML rendering"
    return docs[0]
