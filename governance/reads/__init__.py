"""The read side: every surface (pages, API, feeds, calendar, sitemap, PDFs, export, search, mail)
takes its rows from here, one module per audience, so that what is shown is decided once."""
