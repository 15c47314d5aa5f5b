"""Double Training (双培工程): academic upgrade and professional training (DOMAIN.md)."""

from __future__ import annotations

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.guards import require_registered
from frontline.cadre.domain.vocabulary import education_rank
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import AlreadyExists, NotFound, PreconditionFailed


def enrol(command: cmd.EnrolAcademicUpgrade, state: CadreState) -> list[DomainEvent]:
    require_registered(state)
    if command.upgrade_id in state.upgrades:
        raise AlreadyExists(
            "academic upgrade {upgrade_id} already exists",
            "UPGRADE_EXISTS",
            upgrade_id=command.upgrade_id,
        )
    subject = f"cadre/{state.cadre_id}"
    if education_rank(command.target_level) <= education_rank(state.education_level):
        raise PreconditionFailed(
            "NOT_AN_UPGRADE",
            subject,
            "the cadre already has {level} education",
            level=state.education_level,
        )
    if any(upgrade.graduated_on is None for upgrade in state.upgrades.values()):
        raise PreconditionFailed("ALREADY_ENROLLED", subject, "the cadre is already enrolled")
    return [ev.AcademicUpgradeEnrolled(**command.model_dump())]


def graduate(command: cmd.GraduateAcademicUpgrade, state: CadreState) -> list[DomainEvent]:
    require_registered(state)
    if command.upgrade_id not in state.upgrades:
        raise NotFound("academic upgrade", command.upgrade_id)
    upgrade = state.upgrades[command.upgrade_id]
    if upgrade.graduated_on is not None:
        raise PreconditionFailed(
            "ALREADY_GRADUATED", f"academic-upgrade/{command.upgrade_id}", "already graduated"
        )
    # A cadre never loses a level: the new level is the higher of the two.
    higher = max(upgrade.target_level, state.education_level, key=education_rank)
    return [
        ev.AcademicUpgradeGraduated(
            upgrade_id=command.upgrade_id,
            from_level=state.education_level,
            to_level=higher,
            graduated_on=command.graduated_on,
        )
    ]


def start_training(command: cmd.StartTraining, state: CadreState) -> list[DomainEvent]:
    require_registered(state)
    if command.training_id in state.trainings:
        raise AlreadyExists(
            "training {training_id} already exists",
            "TRAINING_EXISTS",
            training_id=command.training_id,
        )
    return [ev.TrainingStarted(**command.model_dump())]


def complete_training(command: cmd.CompleteTraining, state: CadreState) -> list[DomainEvent]:
    require_registered(state)
    if command.training_id not in state.trainings:
        raise NotFound("training", command.training_id)
    if state.trainings[command.training_id].completed:
        raise PreconditionFailed(
            "ALREADY_COMPLETED", f"training/{command.training_id}", "training already completed"
        )
    return [ev.TrainingCompleted(**command.model_dump())]
