from rasa_project.cli import main

raise SystemExit(main())
