"""Reversible pseudonymisation (DESIGN §1 stages 4 and 6): pure, no I/O.

``pseudonyms`` says what a value becomes, ``request`` pseudonymises a request body, ``restore``
puts the values back into answers, whole or streamed.
"""
