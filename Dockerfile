# The project's code on the official Airflow image, with the locked dependencies.
FROM apache/airflow:3.3.2-python3.11
COPY --chown=airflow:root requirements.lock pyproject.toml README.md /opt/deadlines/
COPY --chown=airflow:root src /opt/deadlines/src
COPY --chown=airflow:root plugins /opt/deadlines/plugins
RUN pip install --no-cache-dir -r /opt/deadlines/requirements.lock \
 && pip install --no-cache-dir --no-deps /opt/deadlines
COPY --chown=airflow:root dags /opt/airflow/dags
COPY --chown=airflow:root plugins /opt/airflow/plugins
