"""First-party rule plugins of newslint, one module per rule family.

Installed as the package ``newslint_plugins`` and registered through the
``newslint`` entry-point group, exactly as a third-party plugin would be.
"""
