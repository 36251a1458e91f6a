"""Alembic environment: runs on the connection `Database.upgrade` hands over, or on
the app database from the settings when called as `alembic -c ...`."""

from alembic import context
from sqlalchemy.engine import Connection

from rasa_project.models import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    from rasa_project.db import create_db_engine
    from rasa_project.settings import get_settings

    with create_db_engine(get_settings().database_url).begin() as own_connection:
        _run(own_connection)
