"""The floor for page timings: a Streamlit page with a title and one small chart, nothing else."""

import plotly.graph_objects as go
import streamlit as st

st.title("Kosong")
st.plotly_chart(go.Figure(go.Bar(x=[1, 2, 3], y=[3, 1, 2])), width="stretch", key="satu")
