"""The store's tables in SQLAlchemy Core, shared by every backend."""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, Table, Text

SCHEMA_VERSION = "6"

metadata = MetaData()


def _finding_of_document() -> tuple[Column, ...]:
    """The columns every finding table starts with: its document and its character span (fresh Column objects, since
    a Column belongs to one table)."""
    return (
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
    )

info = Table("dossier_info", metadata, Column("key", Text, primary_key=True), Column("value", Text, nullable=False))

documents = Table(
    "documents",
    metadata,
    Column("id", Text, primary_key=True),
    Column("source", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text),
    Column("authors", Text, nullable=False),  # JSON list
    Column("published", Text),
    Column("language", Text, nullable=False),
    Column("encoding", Text),
    Column("furniture", Text, nullable=False),  # JSON list of [line_no, text, reason]
    Column("words", Integer, nullable=False),
    Column("added_at", Text, nullable=False),
    Column("linked", Boolean, nullable=False, default=False),  # its mentions are linked to actors across reports
    Column("compared", Boolean, nullable=False, default=False),  # checked for copies of and by earlier reports
    Column("samples", Integer),  # shingle samples it posted (dossier.resolve.copies.sample)
    Column("copied_from", Text),  # the outlet its source says it repeats (a forwarded Telegram post)
    Index("ix_documents_unlinked", "linked"),
    Index("ix_documents_uncompared", "compared"),
    Index("ix_documents_by_published", "published", "id"),
    Index("ix_documents_by_outlet", "outlet", "published", "id"),
    Index("ix_documents_by_language", "language", "published", "id"),
    Index("ix_documents_by_title", "title", "id"),
    Index("ix_documents_copied_from", "copied_from"),
    Index("ix_documents_added", "added_at"),
)

# Columns added after stores were first made: `prepare` adds them to an older store's table.
ADDED_COLUMNS = {"documents": ("copied_from",), "quantities": ("rule",), "actor_links": ("shorthand",), "surfaces": ("plain",)}

sentences = Table(
    "sentences",
    metadata,
    Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    *_finding_of_document(),
    Column("text", Text, nullable=False),
    Column("label", Text, nullable=False),
    Column("sentence", Integer, nullable=False),
    Index("ix_mentions_doc", "doc_id"),
    Index("ix_mentions_text", "text"),
)

attributions = Table(
    "attributions",
    metadata,
    *_finding_of_document(),
    Column("source", Text, nullable=False),
    Column("source_key", Text),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("cue", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("content", Text, nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("hedged", Boolean, nullable=False),
    Column("hedge", Text),
    Column("relay", Text),
    Index("ix_attributions_doc", "doc_id"),
    Index("ix_attributions_source_key", "source_key"),
)

quantities = Table(
    "quantities",
    metadata,
    *_finding_of_document(),
    Column("text", Text, nullable=False),
    Column("value", Float),
    Column("unit", Text),
    Column("about", Text),
    Column("approx", Boolean, nullable=False),
    Column("bound", Text),
    Column("high", Float),
    Column("when", Text),
    Column("counted", Text),
    Column("measure", Text),
    Column("rule", Text),  # the named rule that took the span as a figure
    Index("ix_quantities_doc", "doc_id"),
)

times = Table(
    "times",
    metadata,
    *_finding_of_document(),
    Column("text", Text, nullable=False),
    Column("value", Text),
    Column("unresolved", Text),
    Column("in_furniture", Boolean, nullable=False, default=False),
    Index("ix_times_doc", "doc_id"),
)

events = Table(
    "events",
    metadata,
    *_finding_of_document(),
    Column("date", Text, nullable=False),
    Column("what", Text, nullable=False),
    Column("actors", Text, nullable=False),  # JSON list
    Index("ix_events_doc", "doc_id"),
    Index("ix_events_date", "date"),
)

alias_decisions = Table(
    "alias_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", Text, nullable=False),  # merge | split
    Column("a", Text, nullable=False),
    Column("b", Text, nullable=False),
    Column("made_at", Text, nullable=False),
)


# -- Cross-document resolution, kept up to date as reports arrive (dossier/resolve/up_to_date.py) -------------------------------

actor_links = Table(
    "actor_links",
    metadata,
    Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("surface", Text, primary_key=True),
    Column("label", Text, primary_key=True),
    Column("n", Integer, nullable=False),  # mentions of this surface with this label in the document
    Column("actor_key", Text, nullable=False),
    Column("published", Text),  # the document's, so that an actor's newest reports come straight off an index
    Column("shorthand", Text),  # JSON [[rule, read as], ...]: how the report's rules read a shorthand, else NULL
    Index("ix_actor_links_key", "actor_key", "published"),
    Index("ix_actor_links_shorthand", "actor_key", "shorthand", "surface"),
)

# Joins across reports that made two names one actor, each with the named rule that made it
# (dossier.resolve.join_rules); read to say why a spelling has its actor's key.
actor_joins = Table(
    "actor_joins",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("a", Text, nullable=False),
    Column("b", Text, nullable=False),
    Column("rule", Text, nullable=False),
    Index("ix_actor_joins_a", "a"),
    Index("ix_actor_joins_b", "b"),
)

surfaces = Table(
    "surfaces",
    metadata,
    Column("surface", Text, primary_key=True),
    Column("actor_key", Text, nullable=False),
    Column("votes", Text, nullable=False),  # JSON {label: mentions}
    Column("block", Text),  # surname block of a multi-word personal name outside the pack, else NULL
    Column("plain", Text),  # a name outside the pack, not personal, without case, dots or hyphens, else NULL
    Index("ix_surfaces_block", "block"),
    Index("ix_surfaces_plain", "plain"),
    Index("ix_surfaces_key", "actor_key"),
)

actors = Table(
    "actors",
    metadata,
    Column("key", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("kind", Text),
    Column("mentions", Integer, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("spellings", Text, nullable=False),  # JSON list, most mentioned first
    Column("tally", Text, nullable=False),  # JSON of dossier.resolve.actor_tally.Tally, to add new reports to
    Index("ix_actors_rank", "documents", "mentions"),
)

shingle_samples = Table(
    "shingle_samples",
    metadata,
    Column("hash", BigInteger, primary_key=True),
    Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sqlite_with_rowid=False,
)

copy_links = Table(
    "copy_links",
    metadata,
    Column("copy", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("original", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("containment", Float, nullable=False),
    Index("ix_copy_links_original", "original"),
    Index("ix_copy_links_containment", "containment", "copy"),
)


# The layout of the tables below: a store whose picture was made with another is pictured anew (resolve.up_to_date._picture).
PICTURE_VERSION = "2"

# -- The picture across reports, kept up to date as reports arrive (dossier/resolve/up_to_date.py, after the actor links) -------
# A report is in these tables once its row is in `pictured`; a new pack or alias decision empties them all.

pictured = Table(
    "pictured",
    metadata,
    Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)

claim_groups = Table(
    "claim_groups",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_key", Text, nullable=False),  # the actor behind the source, or 'text:' + the folded free text
    Column("source", Text, nullable=False),  # as the first report wrote it (the actor's name is shown when known)
    Column("content", Text, nullable=False),
    Column("first_seen", Text),  # publication date of the first report
    Column("last_seen", Text),
    Column("reports", Integer, nullable=False),
    Column("independent", Integer, nullable=False),  # reports that copy no other report among them
    Column("hedged", Boolean, nullable=False),
    Column("hedges", Text, nullable=False),  # JSON list
    Index("ix_claim_groups_source", "source_key"),
    Index("ix_claim_groups_rank", "independent", "reports"),
    Index("ix_claim_groups_seen", "last_seen"),
)

claim_members = Table(
    "claim_members",
    metadata,
    Column("attribution_id", Integer, primary_key=True),
    Column("group_id", Integer, nullable=False),
    Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("family", Text, nullable=False),  # the original the report copies (itself when it copies none)
    Column("published", Text, nullable=False),  # the report's ('~' when undated, so that it sorts last)
    Column("outlet", Text),
    Index("ix_claim_members_group", "group_id", "family"),
    Index("ix_claim_members_shown", "group_id", "published", "doc_id"),
    Index("ix_claim_members_doc", "doc_id"),
)

timeline_entries = Table(
    "timeline_entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("date", Text, nullable=False),  # as fine as the finest report gives it
    Column("start", Text, nullable=False),  # ISO date of the period's first day, for ranges and order
    Column("what", Text, nullable=False),
    Column("actors", Text, nullable=False),  # JSON list of names
    Column("keys", Text, nullable=False),  # JSON list of actor keys
    Column("sources", Integer, nullable=False),
    Index("ix_timeline_entries_start", "start"),
    Index("ix_timeline_entries_date", "date"),
    Index("ix_timeline_entries_sources", "sources", "start"),
)

timeline_sources = Table(
    "timeline_sources",
    metadata,
    Column("entry_id", Integer, primary_key=True),
    Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("what", Text, nullable=False),
    Column("published", Text, nullable=False),  # the report's ('~' when undated, so that it sorts last)
    Index("ix_timeline_sources_doc", "doc_id"),
    Index("ix_timeline_sources_shown", "entry_id", "published", "doc_id"),
)

timeline_actors = Table(
    "timeline_actors",
    metadata,
    Column("actor_key", Text, primary_key=True),
    Column("entry_id", Integer, primary_key=True),
    Column("start", Text, nullable=False),
)

figure_points = Table(
    "figure_points",
    metadata,
    Column("quantity_id", Integer, primary_key=True),
    Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("measure", Text, nullable=False),  # Quantity.measure as the pack names its things and actors
    Column("when", Text),  # the time the figure is for, else its report's publication date
    Index("ix_figure_points_measure", "measure", "when"),
    Index("ix_figure_points_doc", "doc_id"),
)

figure_measures = Table(
    "figure_measures",
    metadata,
    Column("measure", Text, primary_key=True),
    Column("points", Integer, nullable=False),
    Column("latest", Text),
    Index("ix_figure_measures_points", "points"),
    Index("ix_figure_measures_latest", "latest"),
)


feed_entries = Table(
    "feed_entries",
    metadata,
    Column("feed", Text, primary_key=True),  # the feed's URL or file as the user named it
    Column("entry", Text, primary_key=True),  # the entry's id, else its link (dossier.read.feeds.entry_key)
    Column("seen_at", Text, nullable=False),
)


# The derived tables of the picture, dependants first: dropped and made anew when their layout changes.
PICTURE_TABLES = (claim_members, claim_groups, timeline_sources, timeline_actors, timeline_entries, figure_points,
                  figure_measures, pictured)
PICTURE_MADE_WITH = "picture_made_with"  # dossier_info key: the PICTURE_VERSION the picture tables were made with
