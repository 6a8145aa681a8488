-- Runs once when the PostgreSQL volume is created: the commitments store's own database.
CREATE DATABASE deadlines OWNER airflow;
