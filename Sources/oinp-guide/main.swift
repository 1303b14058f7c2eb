print("oinp-guide")
