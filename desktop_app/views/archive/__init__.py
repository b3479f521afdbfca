"""Archive appraisals (PP 46/2011, PP 30/2019) on screen."""
