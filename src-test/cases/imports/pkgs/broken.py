raise ValueError("boom during import")
