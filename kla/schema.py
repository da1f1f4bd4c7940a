"""The DuckDB schema, versioned: each migration brings a database one version forward.

``migrate(con)`` is safe to call on every open: it applies only the migrations a file
has not seen yet, inside one transaction each, and records them in ``schema_version``.
"""

from __future__ import annotations

import duckdb

from kla.sql import first

MIGRATIONS: tuple[str, ...] = (
    # Version 1: catalog, regions, targets, uploads and observations with history.
    """
    CREATE TABLE settings (
        key VARCHAR PRIMARY KEY,
        value VARCHAR NOT NULL
    );
    CREATE TABLE components (
        code VARCHAR PRIMARY KEY,
        sort_order INTEGER NOT NULL,
        name_id VARCHAR NOT NULL,
        name_en VARCHAR NOT NULL
    );
    CREATE TABLE opd (
        code VARCHAR PRIMARY KEY,
        short_name VARCHAR NOT NULL,
        full_name VARCHAR NOT NULL
    );
    CREATE TABLE measures (
        code VARCHAR PRIMARY KEY,
        component VARCHAR NOT NULL,
        indicator_number INTEGER,
        name_id VARCHAR NOT NULL,
        name_en VARCHAR NOT NULL,
        unit VARCHAR NOT NULL,
        direction VARCHAR NOT NULL,
        lead_opd VARCHAR NOT NULL,
        supporting_opd VARCHAR,
        finest_level VARCHAR NOT NULL,
        sort_order INTEGER NOT NULL
    );
    CREATE TABLE regions (
        code VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL,
        level VARCHAR NOT NULL,
        parent_code VARCHAR,
        sort_order INTEGER NOT NULL
    );
    CREATE TABLE targets (
        indicator_code VARCHAR NOT NULL,
        year INTEGER,
        region_code VARCHAR NOT NULL,
        value DOUBLE NOT NULL,
        kind VARCHAR NOT NULL CHECK (kind IN ('target_kota', 'acuan_nasional')),
        source VARCHAR
    );
    CREATE SEQUENCE upload_id_seq START 1;
    CREATE TABLE uploads (
        upload_id INTEGER PRIMARY KEY,
        file_name VARCHAR NOT NULL,
        sha256 VARCHAR NOT NULL,
        opd_code VARCHAR,
        loaded_at TIMESTAMP NOT NULL,
        rows_in_file INTEGER NOT NULL,
        rows_added INTEGER NOT NULL,
        rows_changed INTEGER NOT NULL,
        rows_unchanged INTEGER NOT NULL,
        rows_missing INTEGER NOT NULL
    );
    CREATE TABLE observation_history (
        indicator_code VARCHAR NOT NULL,
        year INTEGER NOT NULL,
        region_code VARCHAR NOT NULL,
        sex VARCHAR NOT NULL CHECK (sex IN ('L', 'P', 'L+P')),
        source_kind VARCHAR NOT NULL CHECK (source_kind IN ('administrasi', 'survei')),
        value DOUBLE NOT NULL,
        numerator DOUBLE,
        denominator DOUBLE,
        source VARCHAR,
        note VARCHAR,
        upload_id INTEGER NOT NULL,
        superseded_by INTEGER
    );
    CREATE VIEW observations AS
        SELECT indicator_code, year, region_code, sex, value, numerator, denominator,
               source, upload_id, source_kind
        FROM observation_history
        WHERE superseded_by IS NULL;
    """,
    # Version 2: uploads can be undone; their values then leave the current view but stay
    # in history, and what they had replaced comes back.
    """
    ALTER TABLE uploads ADD COLUMN status VARCHAR DEFAULT 'aktif';
    ALTER TABLE uploads ADD COLUMN undone_at TIMESTAMP;
    ALTER TABLE uploads ADD COLUMN archive_path VARCHAR;
    ALTER TABLE observation_history ADD COLUMN withdrawn_by INTEGER;
    CREATE OR REPLACE VIEW observations AS
        SELECT indicator_code, year, region_code, sex, value, numerator, denominator,
               source, upload_id, source_kind
        FROM observation_history
        WHERE superseded_by IS NULL AND withdrawn_by IS NULL;
    """,
    # Version 3: every change to a city goal is recorded with its reason.
    """
    CREATE TABLE target_changes (
        changed_at TIMESTAMP NOT NULL,
        indicator_code VARCHAR NOT NULL,
        year INTEGER NOT NULL,
        region_code VARCHAR NOT NULL,
        old_value DOUBLE,
        new_value DOUBLE,
        reason VARCHAR NOT NULL,
        changed_by VARCHAR
    );
    """,
    # Version 4: a second kind of upload, the child budget (pagu and realisasi per year, OPD,
    # cluster, program and kegiatan), with the same history and undo as the measures.
    """
    ALTER TABLE uploads ADD COLUMN kind VARCHAR DEFAULT 'indikator';
    CREATE TABLE budget_history (
        year INTEGER NOT NULL,
        opd_code VARCHAR NOT NULL,
        component VARCHAR NOT NULL,
        program VARCHAR NOT NULL,
        activity VARCHAR NOT NULL,
        allocation DECIMAL(18, 2) NOT NULL CHECK (allocation >= 0),
        realisation DECIMAL(18, 2) CHECK (realisation >= 0),
        note VARCHAR,
        upload_id INTEGER NOT NULL,
        superseded_by INTEGER,
        withdrawn_by INTEGER
    );
    CREATE VIEW budget AS
        SELECT year, opd_code, component, program, activity, allocation, realisation, note, upload_id
        FROM budget_history
        WHERE superseded_by IS NULL AND withdrawn_by IS NULL;
    """,
    # Version 5: accounts with roles, who uploaded what, an audit trail of every change and
    # login, and the catalog's flag for counts that could identify a child.
    """
    CREATE TABLE users (
        name VARCHAR PRIMARY KEY,
        role VARCHAR NOT NULL CHECK (role IN ('admin', 'analis', 'pembaca')),
        password_hash VARCHAR NOT NULL,
        active BOOLEAN NOT NULL DEFAULT TRUE,
        created_at TIMESTAMP NOT NULL,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until TIMESTAMP,
        last_login TIMESTAMP
    );
    CREATE TABLE user_opd (
        user_name VARCHAR NOT NULL,
        opd_code VARCHAR NOT NULL,
        PRIMARY KEY (user_name, opd_code)
    );
    CREATE SEQUENCE audit_id_seq START 1;
    CREATE TABLE audit_log (
        audit_id INTEGER PRIMARY KEY DEFAULT nextval('audit_id_seq'),
        logged_at TIMESTAMP NOT NULL,
        actor VARCHAR NOT NULL,
        via VARCHAR NOT NULL CHECK (via IN ('aplikasi', 'cli')),
        action VARCHAR NOT NULL,
        outcome VARCHAR NOT NULL CHECK (outcome IN ('berhasil', 'ditolak')),
        subject VARCHAR,
        old_value VARCHAR,
        new_value VARCHAR,
        reason VARCHAR,
        detail VARCHAR
    );
    ALTER TABLE uploads ADD COLUMN uploaded_by VARCHAR;
    ALTER TABLE measures ADD COLUMN sensitive BOOLEAN DEFAULT FALSE;
    """,
    # Version 6: the privacy rule's decision is kept, made again whenever values change, so
    # that pages read it instead of deciding on every value of a province (kla.privacy).
    """
    CREATE TABLE hidden_cells (
        indicator_code VARCHAR NOT NULL,
        year INTEGER NOT NULL,
        region_code VARCHAR NOT NULL,
        sex VARCHAR NOT NULL,
        source_kind VARCHAR NOT NULL
    );
    """,
)

LATEST_VERSION = len(MIGRATIONS)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version recorded in the database (0 for an empty file)."""
    exists = first(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"))[0]
    if not exists:
        return 0
    return first(con.execute("SELECT coalesce(max(version), 0) FROM schema_version"))[0]


def migrate(con: duckdb.DuckDBPyConnection, target: int = LATEST_VERSION) -> int:
    """Apply every migration the database lacks up to ``target``; return the resulting version."""
    version = current_version(con)
    if version > LATEST_VERSION:
        raise RuntimeError(
            f"Basis data ini dibuat oleh versi aplikasi yang lebih baru (skema {version}); perbarui aplikasi."
        )
    for number in range(version + 1, target + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            if number == 1:
                con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)")
            con.execute(MIGRATIONS[number - 1])
            con.execute("INSERT INTO schema_version VALUES (?, now())", [number])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return max(version, target)
