"""A stand-in service process for the supervisor tests (not the discipline service).

It takes the real package's place only in the test that puts this folder on
PYTHONPATH, which Python searches before the workspace's editable installs; that
test asserts the stand-in's own output line, so it cannot pass by running the real
service instead.
"""
