"""Evaluasi kinerja: periodic and annual evaluations, their notes, the monitoring and SIASN
exports.
"""
