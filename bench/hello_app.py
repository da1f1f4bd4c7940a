"""The baseline for start-up time: Streamlit's hello world."""

import streamlit as st

st.title("Halo")
