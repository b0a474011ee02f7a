/**
 * Configuration: {@code alembic.ini} read exactly as Python's {@code configparser} reads it
 * ({@link org.alembic4j.config.IniFile}), and the run's configuration with typed access to the
 * {@code [alembic]} keys ({@link org.alembic4j.config.AlembicConfig}).
 *
 * <p>Differences from Alembic, all deliberate: errors in the ini file are
 * {@link org.alembic4j.AlembicException}s naming file, line, section and key (Alembic shows a
 * traceback); a {@code %} in the ini file's own directory does not break {@code %(here)s};
 * {@code version_locations} entries are stripped and empty ones dropped in every split mode;
 * {@code timezone} takes any {@code java.time} zone id; the extra key {@code revision_format}
 * ({@code java} or {@code sql}) picks the format of new revision files.
 */
package org.alembic4j.config;
