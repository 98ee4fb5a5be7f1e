"""What the web pages and the API share about a request: its database session, the viewer and
policy behind it, the record lookups that answer 404 for what the user may not see, running a
service as the signed-in user, problem documents and the security log. Neither surface imports
the other; both import this."""
