"""articlecli: turn raw scraped news articles into clean, structured text.

    >>> from articlecli import clean
    >>> article = clean(b"Title\n\nA first paragraph of the article, long enough to be body text.\n")
    >>> article.title
    'Title'
"""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import ArticleError
from .model import Article, Block, Caption, Label, Removed, Source
from .options import Options
from .pipeline import clean, clean_file
from .render import Format, render

__all__ = [
    "Article", "ArticleError", "Block", "Caption", "Format", "Label", "Options", "Removed", "Source",
    "clean", "clean_file", "render", "__version__",
]
