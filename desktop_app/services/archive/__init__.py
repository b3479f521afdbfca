"""Archive appraisals of the years under PP 46/2011 and PP 30/2019."""
