"""One module per `kg` sub-command, each with `run(args) -> exit status`."""
