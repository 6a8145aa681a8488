"""The Commitments view: a FastAPI app mounted in Airflow's API server."""
