"""The part the project's trainable NLU components share: their whole trained state is
one object, kept in Rasa's model storage with joblib, and the scorer made from it."""

from __future__ import annotations

from typing import Any, ClassVar

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from typing_extensions import Self


class PersistedModelComponent(GraphComponent):
    MODEL_FILE: ClassVar[str]

    @classmethod
    def required_components(cls) -> list[type]:
        return []

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        model: Any = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._execution_context = execution_context
        self.model = model

    @property
    def model(self) -> Any:
        return self._model

    @model.setter
    def model(self, model: Any) -> None:
        self._model = model
        self.scorer: Any = None if model is None else self.scorer_for(model)

    def scorer_for(self, model: Any) -> Any:
        """What scores one message with the trained model (`linear.py`), made once."""
        return None

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> Self:
        return cls(config, model_storage, resource, execution_context)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> Self:
        with model_storage.read_from(resource) as directory:
            model = joblib.load(directory / cls.MODEL_FILE)
        return cls(config, model_storage, resource, execution_context, model)

    def _keep(self, model: Any) -> Resource:
        """Uses and stores the trained model; returns the resource `train` returns."""
        self.model = model
        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump(model, directory / self.MODEL_FILE)
        return self._resource
