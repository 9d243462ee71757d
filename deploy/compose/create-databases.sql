-- One database per service, as deploy/local/botoc creates them (create_databases).
CREATE DATABASE registry;
CREATE DATABASE scan;
CREATE DATABASE reporting;
