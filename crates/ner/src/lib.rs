//! Named-entity recognition: an averaged perceptron the project trains itself.
