"""One spelling per article: canonical URLs (tracking parameters dropped) and content hashes.

Feeds link the same article with campaign parameters, different host case, a fragment or a
default port; the canonical URL is what the article id is made of, so each spelling is one
article. The content hash catches an entry listed again under another URL.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from eventwatch.articles import article_id

# Parameters that say who sent the reader, never which article it is.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "ref_src",
        "ref_url",
        "cmpid",
        "wt_mc",
        "wt.mc_id",
        "at_medium",
        "at_campaign",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ocid",
        "sr_share",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hmb_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACE_RE = re.compile(r"\s+")


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no credentials, no fragment, no tracking
    parameters, the other parameters sorted; the path as it is (it may be case-sensitive)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    query = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(name)
    )
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def content_hash(title: str | None, text: str) -> str:
    """The same words, whatever the markup, case, spacing or Unicode normal form."""
    normal = unicodedata.normalize("NFKC", f"{title or ''}\n{text}").casefold()
    return hashlib.sha256(_SPACE_RE.sub(" ", normal).strip().encode("utf-8")).hexdigest()[:24]


def feed_article_id(url: str) -> str:
    """The article id of a feed item: the id any producer gives the canonical URL."""
    return article_id(canonical_url(url), None, "")
