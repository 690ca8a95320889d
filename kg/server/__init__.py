"""The SPARQL 1.1 Protocol endpoint, the query page and the explorer over HTTP (`kg serve`)."""

from kg.server.app import ServerConfig, serve

__all__ = ["ServerConfig", "serve"]
