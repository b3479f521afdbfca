"""The Evaluasi tab: the monitoring list, the evaluation editor and its pages, the distribution
panel.
"""
