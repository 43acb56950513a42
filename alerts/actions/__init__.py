"""alerts/actions"""
