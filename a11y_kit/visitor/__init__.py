"""The visitor behind a request: their cookie, where they return to, their account, and what
this request has learnt of them."""
