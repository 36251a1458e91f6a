"""Scale mode: several Rasa and action-server instances behind nginx (see deployment.py)."""

from rasa_project.scale.deployment import Deployment, Layout, ScaleConfigError, check_settings

__all__ = ["Deployment", "Layout", "ScaleConfigError", "check_settings"]
