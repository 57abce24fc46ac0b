"""Opening the encrypted desk file: SQLCipher key, migrations, change tracking, the clock."""
