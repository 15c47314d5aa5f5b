"""Create a principal or rotate its password on a running broker, with Kafka's own tool.

``python -m frontline.stack kafka-password NAME`` (docs/runbook.md, "Kafka
principals"): a new password in the principal's file, then the broker's SCRAM
credential set by ``kafka-configs`` (``kafka.admin.ConfigCommand`` from the jars),
signed in as the broker's admin. Running clients stay connected; a restarted one
signs in with the new password.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from frontline.stack.kafka import java_command
from frontline.stack.kafka_principals import ADMIN
from frontline.stack.kafka_secrets import MECHANISM, KafkaSecrets, new_password, write_password


@contextmanager
def _private_file(text: str) -> Iterator[Path]:
    """A file only we can read, removed afterwards."""
    descriptor, name = tempfile.mkstemp(prefix="frontline-kafka-", suffix=".properties")
    try:
        with os.fdopen(descriptor, "w") as out:
            out.write(text)
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def admin_properties(secrets: KafkaSecrets) -> str:
    """Client settings for Kafka's command-line tools, signed in as the broker's admin."""
    scram = "org.apache.kafka.common.security.scram.ScramLoginModule"
    return (
        "security.protocol=SASL_SSL\n"
        f"sasl.mechanism={MECHANISM}\n"
        f'sasl.jaas.config={scram} required username="{ADMIN}" '
        f'password="{secrets.password(ADMIN)}";\n'
        "ssl.truststore.type=PEM\n"
        f"ssl.truststore.location={secrets.ca}\n"
    )


def set_password(libs: Path, bootstrap: str, secrets: KafkaSecrets, principal: str) -> None:
    """Give ``principal`` a new password (creating the principal if it is new).

    The new password is on the tool's command line for the seconds it runs: Kafka's
    ``--add-config-file`` does not take SCRAM credentials. Do this on a machine of your own.
    """
    password = new_password()
    with _private_file(admin_properties(secrets)) as admin:
        command = java_command(
            libs, "kafka.admin.ConfigCommand", "--bootstrap-server", bootstrap,
            "--command-config", str(admin), "--alter", "--entity-type", "users",
            "--entity-name", principal, "--add-config", f"{MECHANISM}=[password={password}]",
        )  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        said = (done.stderr.strip() or done.stdout.strip()).replace(password, "***")
        raise RuntimeError(f"kafka-configs failed: {said}")
    write_password(secrets, principal, password)
